using System.Runtime.CompilerServices;
using Detector.Normalization;

namespace Detector.Rules.Matching;

/// <summary>
/// One Aho–Corasick automaton over the normalised characters of every phrase of every pack,
/// compiled to a dense transition table and scanned once per message.
/// </summary>
/// <remarks>
/// <para>Each phrase contributes the keys of its leading words (<c>" send it to your "</c>, with the
/// spaces that make them whole words), one per combination of their alternatives, up to its first
/// gap or prefix word. When a key is found, the rest of the phrase (gaps, further alternatives and
/// prefixes) is checked word by word from there, which costs at most a bounded amount per key hit,
/// so a scan is linear in the text whatever the pack contains.</para>
/// <para>A letter written twice in the text counts as written once, so <c>pleease</c> matches
/// <c>please</c>; a leetspeak <c>1</c> (<see cref="NormalizedText.AmbiguousIOrL"/>) is followed as
/// both <c>i</c> and <c>l</c>.</para>
/// </remarks>
internal sealed class PhraseAutomaton
{
    public const int MaxKeyLength = 255;
    public const int MaxExpansions = 64;
    public const int MaxStates = 1_000_000;
    private const int MaxActiveStates = 4;
    private const int MaxPositions = 32;

    private readonly ushort[] _symbols;
    private readonly int _alphabetSize;
    /// <summary>Row per state, column per symbol; a transition into a state with outputs is stored complemented (negative).</summary>
    private readonly int[] _transitions;
    private readonly int[] _fail;
    private readonly int[] _outputStart;
    private readonly int[] _outputLink;
    private readonly PhraseKey[] _outputs;
    private readonly PhraseSlot[][] _phrases;
    private readonly int[] _phraseKeyWords;
    private readonly ushort _symbolI;
    private readonly ushort _symbolL;
    private readonly ushort _symbolAmbiguous;

    private PhraseAutomaton(
        ushort[] symbols, int alphabetSize, int[] transitions, int[] fail, int[] outputStart, int[] outputLink,
        PhraseKey[] outputs, PhraseSlot[][] phrases, int[] phraseKeyWords)
    {
        _fail = fail;
        _symbols = symbols;
        _alphabetSize = alphabetSize;
        _transitions = transitions;
        _outputStart = outputStart;
        _outputLink = outputLink;
        _outputs = outputs;
        _phrases = phrases;
        _phraseKeyWords = phraseKeyWords;
        _symbolI = symbols['i'];
        _symbolL = symbols['l'];
        _symbolAmbiguous = symbols[NormalizedText.AmbiguousIOrL];
    }

    /// <summary>The number of automaton states.</summary>
    public int StateCount => _fail.Length;

    /// <summary>Compiles parsed phrases; a phrase's index in <paramref name="phrases"/> is its id in hits.</summary>
    /// <exception cref="InvalidOperationException">The phrases compile to more than <see cref="MaxStates"/> states.</exception>
    public static PhraseAutomaton Build(IReadOnlyList<PhraseSlot[]> phrases) => new PhraseAutomatonBuilder(phrases).Build();

    internal static PhraseAutomaton Create(
        ushort[] symbols, int alphabetSize, int[] transitions, int[] fail, int[] outputStart, int[] outputLink,
        PhraseKey[] outputs, PhraseSlot[][] phrases, int[] phraseKeyWords) =>
        new(symbols, alphabetSize, transitions, fail, outputStart, outputLink, outputs, phrases, phraseKeyWords);

    /// <summary>Scans normalised text once, reporting each phrase found to <paramref name="handler"/>.</summary>
    [SkipLocalsInit]
    public void Scan<THandler>(NormalizedText text, ref THandler handler)
        where THandler : struct, IPhraseHitHandler, allows ref struct
    {
        var chars = text.Chars;
        Span<int> consumedAt = stackalloc int[MaxKeyLength + 1];
        Span<int> states = stackalloc int[MaxActiveStates];
        Span<int> nextStates = stackalloc int[MaxActiveStates];
        states[0] = 0;
        var stateCount = 1;
        var consumed = 0;
        var previous = '\0';
        var transitions = _transitions;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c == previous && IsLetter(c))
            {
                continue;
            }

            previous = c;
            consumedAt[consumed & MaxKeyLength] = i;
            consumed++;
            if (stateCount == 1 && c != NormalizedText.AmbiguousIOrL)
            {
                var state = transitions[(states[0] * _alphabetSize) + _symbols[c]];
                if (state < 0)
                {
                    state = ~state;
                    Report(chars, state, i, consumed, consumedAt, ref handler);
                }

                states[0] = state;
                continue;
            }

            var nextCount = 0;
            for (var s = 0; s < stateCount; s++)
            {
                var row = states[s] * _alphabetSize;
                if (c == NormalizedText.AmbiguousIOrL)
                {
                    AddState(nextStates, ref nextCount, transitions[row + _symbolI]);
                    AddState(nextStates, ref nextCount, transitions[row + _symbolL]);
                    AddState(nextStates, ref nextCount, transitions[row + _symbolAmbiguous]);
                }
                else
                {
                    AddState(nextStates, ref nextCount, transitions[row + _symbols[c]]);
                }
            }

            stateCount = 0;
            for (var s = 0; s < nextCount; s++)
            {
                var state = nextStates[s];
                if (state != 0 || nextCount == 1)
                {
                    if (state < 0)
                    {
                        state = ~state;
                        Report(chars, state, i, consumed, consumedAt, ref handler);
                    }

                    states[stateCount++] = state;
                }
            }

            if (stateCount == 0)
            {
                states[stateCount++] = 0;
            }
        }
    }

    private static void AddState(Span<int> states, ref int count, int state)
    {
        if (states[..count].Contains(state) || count == states.Length)
        {
            return;
        }

        states[count++] = state;
    }

    /// <summary>Checks the phrases whose keys end at state <paramref name="state"/> (and its suffix states).</summary>
    private void Report<THandler>(scoped ReadOnlySpan<char> chars, int state, int at, int consumed, scoped Span<int> consumedAt, ref THandler handler)
        where THandler : struct, IPhraseHitHandler, allows ref struct
    {
        for (var s = _outputLink[state]; s > 0; s = _outputLink[_fail[s]])
        {
            for (var o = _outputStart[s]; o < _outputStart[s + 1]; o++)
            {
                var key = _outputs[o];
                if (!handler.Wants(key.Phrase))
                {
                    continue;
                }

                // The key's first character is its leading space; the phrase starts just after it.
                var start = consumedAt[(consumed - key.Length + 1) & MaxKeyLength];
                var next = chars[at] == ' ' ? at + 1 : SkipWord(chars, at) + 1;
                var end = MatchRest(chars, next, _phrases[key.Phrase], _phraseKeyWords[key.Phrase]);
                if (end >= 0)
                {
                    handler.OnHit(key.Phrase, start, end);
                }
            }
        }
    }

    /// <summary>
    /// Matches slots [<paramref name="from"/>..] starting at word start <paramref name="position"/>;
    /// returns the end (exclusive) of the shortest match, or -1.
    /// </summary>
    [SkipLocalsInit]
    private static int MatchRest(ReadOnlySpan<char> chars, int position, PhraseSlot[] slots, int from)
    {
        if (from == slots.Length)
        {
            return position - 1;
        }

        Span<int> current = stackalloc int[MaxPositions];
        Span<int> next = stackalloc int[MaxPositions];
        current[0] = position;
        var count = 1;
        for (var s = from; s < slots.Length && count > 0; s++)
        {
            var slot = slots[s];
            var nextCount = 0;
            for (var p = 0; p < count; p++)
            {
                if (slot.IsGap)
                {
                    AddGapPositions(chars, current[p], slot, next, ref nextCount);
                }
                else
                {
                    foreach (var word in slot.Alternatives)
                    {
                        var after = MatchWord(chars, current[p], word);
                        if (after >= 0)
                        {
                            AddState(next, ref nextCount, after);
                        }
                    }
                }
            }

            next[..nextCount].CopyTo(current);
            count = nextCount;
        }

        if (count == 0)
        {
            return -1;
        }

        var shortest = current[0];
        foreach (var candidate in current[..count])
        {
            shortest = Math.Min(shortest, candidate);
        }

        return shortest - 1;
    }

    private static void AddGapPositions(ReadOnlySpan<char> chars, int position, PhraseSlot gap, Span<int> positions, ref int count)
    {
        for (var skipped = 0; skipped <= gap.MaxGap && position < chars.Length; skipped++)
        {
            if (skipped >= gap.MinGap)
            {
                AddState(positions, ref count, position);
            }

            position = SkipWord(chars, position) + 1;
        }
    }

    /// <summary>Matches one word at word start <paramref name="position"/>; returns the start of the next word, or -1.</summary>
    private static int MatchWord(ReadOnlySpan<char> chars, int position, PhraseWord word)
    {
        var j = position;
        var previous = '\0';
        var k = 0;
        var text = word.Text;
        while (k < text.Length)
        {
            if (j >= chars.Length || chars[j] == ' ')
            {
                return -1;
            }

            var c = chars[j];
            if (c == previous && IsLetter(c))
            {
                j++;
                continue;
            }

            if (c != text[k] && !(c == NormalizedText.AmbiguousIOrL && text[k] is 'i' or 'l'))
            {
                return -1;
            }

            previous = c;
            j++;
            k++;
        }

        while (j < chars.Length && chars[j] == previous && IsLetter(previous))
        {
            j++;
        }

        if (word.IsPrefix)
        {
            j = SkipWord(chars, j);
        }

        return j < chars.Length && chars[j] == ' ' ? j + 1 : -1;
    }

    /// <summary>The index of the space ending the word that contains <paramref name="position"/>.</summary>
    private static int SkipWord(ReadOnlySpan<char> chars, int position)
    {
        var space = chars[position..].IndexOf(' ');
        return space < 0 ? chars.Length : position + space;
    }

    private static bool IsLetter(char c) => (uint)(c - 'a') <= 'z' - 'a' || (c > 127 && char.IsLetter(c));
}
