using System.Runtime.CompilerServices;
using Detector.Normalization;

namespace Detector.Rules.Matching;

/// <summary>
/// Finds the phrases of every pack in a normalised message: each word is looked up once in the
/// <see cref="PhraseVocabulary"/>, then one Aho–Corasick automaton over word symbols runs over the
/// message.
/// </summary>
/// <remarks>
/// <para>Each phrase contributes the keys of its leading words (<c>send it to your</c>), one per
/// combination of their alternatives, up to its first gap or through its first prefix word. When a
/// key is found, the rest of the phrase (gaps, further alternatives and prefixes) is checked word by
/// word from there against the symbols already looked up, which costs at most a bounded amount per
/// key hit, so a scan is linear in the text whatever the pack contains. Before that check, a phrase is skipped in one
/// bit test when no word of the message matches one of its slots after the key (<c>money</c> in <c>send {0-3}
/// money</c>, or any of <c>money|cash</c>): most key hits on common words (<c>send</c>, <c>you</c>) end there.</para>
/// <para>Hits come in the order their keys end in the normalised text (a prefix ends inside its word,
/// before a whole word ending there; longer keys before shorter ones ending at the same place; then
/// phrase order): the engine keeps the first hit of each rule.</para>
/// <para>A word with a leetspeak <c>1</c> may match several vocabulary words; the automaton then
/// follows up to <see cref="MaxActiveStates"/> states at once.</para>
/// </remarks>
internal sealed class PhraseAutomaton
{
    public const int MaxExpansions = 64;

    /// <summary>The most phrases sharing one key (the same leading words), which bounds the checks a key hit starts.</summary>
    public const int MaxPhrasesPerKey = 64;
    public const int MaxStates = 1_000_000;
    private const int MaxActiveStates = 4;
    private const int MaxPositions = 32;

    private readonly PhraseVocabulary _vocabulary;
    private readonly WordGroups _groups;
    private readonly int[] _rootNext;
    private readonly TransitionTable _next;
    private readonly int[] _fail;
    /// <summary>The state itself if a key ends there, else its longest suffix state where one does (0: none).</summary>
    private readonly int[] _outputLink;
    /// <summary>For a state with outputs, the next suffix state with outputs (<c>_outputLink[_fail[s]]</c>, read in one load).</summary>
    private readonly int[] _suffixOutputLink;
    private readonly int[] _outputStart;
    /// <summary>
    /// For each key, the phrases it starts: a word, or a <see cref="WordGroups">group</see> of words, the message must
    /// contain for the phrase to match (0: none; read first, in one bit test, see <see cref="MessageWords.Contains"/>),
    /// their owner (to skip phrases no longer wanted) and offset in <see cref="_code"/>.
    /// </summary>
    private readonly (int Required, int Owner, int Code)[] _outputs;
    private readonly int[] _code;

    internal PhraseAutomaton(
        PhraseVocabulary vocabulary, WordGroups groups, int[] rootNext, TransitionTable next, int[] fail, int[] outputLink, int[] outputStart,
        (int Required, int Owner, int Code)[] outputs, int[] code)
    {
        _vocabulary = vocabulary;
        _groups = groups;
        _rootNext = rootNext;
        _next = next;
        _fail = fail;
        _outputLink = outputLink;
        _suffixOutputLink = Array.ConvertAll(fail, suffix => outputLink[suffix]);
        _outputStart = outputStart;
        _outputs = outputs;
        _code = code;
    }

    /// <summary>The number of automaton states.</summary>
    public int StateCount => _fail.Length;

    /// <summary>Compiles parsed phrases; hits of phrase <c>i</c> carry <paramref name="owners"/>[<c>i</c>] (e.g. its rule).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The two lists differ in length.</exception>
    /// <exception cref="InvalidOperationException">The phrases compile to more than <see cref="MaxStates"/> states, or to more phrase code than one array holds.</exception>
    public static PhraseAutomaton Build(IReadOnlyList<PhraseSlot[]> phrases, IReadOnlyList<int> owners)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(owners.Count, phrases.Count, nameof(owners));
        return new PhraseAutomatonBuilder(phrases, owners).Build();
    }

    /// <summary>Scans normalised text once, reporting each phrase found to <paramref name="handler"/>.</summary>
    [SkipLocalsInit]
    public void Scan<THandler>(NormalizedText text, ref THandler handler)
        where THandler : struct, IPhraseHitHandler, allows ref struct
    {
        var words = MessageWords.ForCurrentThread();
        words.Read(text.Chars, _vocabulary, _groups);
        if (!words.AnyMatched)
        {
            return;
        }

        Span<int> states = stackalloc int[MaxActiveStates];
        Span<int> nextStates = stackalloc int[MaxActiveStates];
        states[0] = 0;
        var stateCount = 1;
        for (var w = 0; w < words.Count; w++)
        {
            var exact = words.ExactSymbols(w);
            var prefixes = words.PrefixSymbols(w);
            if (prefixes.Length > 0)
            {
                ReportPrefixes(words, w, states[..stateCount], prefixes, ref handler);
            }

            if (stateCount == 1 && exact.Length <= 1)
            {
                var state = exact.Length == 0 ? 0 : Next(states[0], exact[0]);
                if (_outputLink[state] != 0)
                {
                    Report(words, w, state, ref handler);
                }

                states[0] = state;
                continue;
            }

            var nextCount = 0;
            foreach (var state in states[..stateCount])
            {
                if (exact.Length == 0)
                {
                    AddState(nextStates, ref nextCount, 0);
                }

                foreach (var symbol in exact)
                {
                    AddState(nextStates, ref nextCount, Next(state, symbol));
                }
            }

            stateCount = 0;
            foreach (var state in nextStates[..nextCount])
            {
                if (state != 0 || nextCount == 1)
                {
                    Report(words, w, state, ref handler);
                    states[stateCount++] = state;
                }
            }

            if (stateCount == 0)
            {
                states[stateCount++] = 0;
            }
        }
    }

    /// <summary>The state after <paramref name="symbol"/> from <paramref name="state"/> (following failure links).</summary>
    private int Next(int state, int symbol)
    {
        while (state != 0)
        {
            if (_next.TryGet(state, symbol, out var next))
            {
                return next;
            }

            state = _fail[state];
        }

        return _rootNext[symbol];
    }

    /// <summary>Reports keys ending in a prefix of word <paramref name="word"/>: shorter prefixes first, as they end earlier.</summary>
    private void ReportPrefixes<THandler>(MessageWords words, int word, scoped ReadOnlySpan<int> states, scoped ReadOnlySpan<int> prefixes, ref THandler handler)
        where THandler : struct, IPhraseHitHandler, allows ref struct
    {
        var groupStart = 0;
        while (groupStart < prefixes.Length)
        {
            var length = _vocabulary.PrefixLength(prefixes[groupStart]);
            var groupEnd = groupStart + 1;
            while (groupEnd < prefixes.Length && _vocabulary.PrefixLength(prefixes[groupEnd]) == length)
            {
                groupEnd++;
            }

            foreach (var state in states)
            {
                foreach (var prefix in prefixes[groupStart..groupEnd])
                {
                    var target = Next(state, prefix);
                    if (target != 0)
                    {
                        Report(words, word, target, ref handler);
                    }
                }
            }

            groupStart = groupEnd;
        }
    }

    private static void AddState(Span<int> states, ref int count, int state)
    {
        if (count == states.Length || ContainsSmall(states[..count], state))
        {
            return;
        }

        states[count++] = state;
    }

    /// <summary>A linear search for the few values of a state or position set: cheaper than the vectorised <c>Contains</c> on so few.</summary>
    internal static bool ContainsSmall(ReadOnlySpan<int> values, int value)
    {
        foreach (var candidate in values)
        {
            if (candidate == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks the phrases whose keys end at <paramref name="state"/> (and its suffix states), their last key word being <paramref name="word"/>.</summary>
    private void Report<THandler>(MessageWords words, int word, int state, ref THandler handler)
        where THandler : struct, IPhraseHitHandler, allows ref struct
    {
        for (var s = _outputLink[state]; s > 0; s = _suffixOutputLink[s])
        {
            for (var o = _outputStart[s]; o < _outputStart[s + 1]; o++)
            {
                var (required, owner, at) = _outputs[o];
                if ((required != 0 && !words.Contains(required)) || !handler.Wants(owner))
                {
                    continue;
                }

                var rest = PhraseCode.Read(_code, at, out var keyWords);
                if (!CanMatchNextWord(words, word + 1, rest))
                {
                    continue;
                }

                var end = MatchRest(words, word + 1, rest);
                if (end >= 0)
                {
                    handler.OnHit(owner, words.Start(word + 1 - keyWords), end);
                }
            }
        }
    }

    /// <summary>
    /// A cheap necessary condition for <see cref="MatchRest"/>: the first word slot of <paramref name="rest"/> matches a
    /// word where it can be (right at <paramref name="position"/>, or after the gap before it). Most key hits on common
    /// words (<c>you</c>, <c>send</c>) end here, without setting up the position sets.
    /// </summary>
    private static bool CanMatchNextWord(MessageWords words, int position, ReadOnlySpan<int> rest)
    {
        if (rest.IsEmpty)
        {
            return true;
        }

        var (first, last) = (position, position);
        var next = PhraseCode.ReadSlot(rest, 0, out var symbols, out var minGap, out var maxGap);
        if (symbols.IsEmpty)
        {
            // A gap is always followed by a word (the parser refuses anything else).
            (first, last) = (position + minGap, position + maxGap);
            PhraseCode.ReadSlot(rest, next, out symbols, out _, out _);
        }

        for (var word = first; word <= last && word < words.Count; word++)
        {
            if (words.MatchesAny(word, symbols))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Matches the slots <paramref name="rest"/> (<see cref="PhraseCode"/>) starting at word <paramref name="position"/>;
    /// returns the end (exclusive, in normalised characters) of the shortest match, or -1.
    /// </summary>
    [SkipLocalsInit]
    private static int MatchRest(MessageWords words, int position, ReadOnlySpan<int> rest)
    {
        if (rest.IsEmpty)
        {
            return words.Start(position) - 1;
        }

        Span<int> current = stackalloc int[MaxPositions];
        Span<int> next = stackalloc int[MaxPositions];
        current[0] = position;
        var count = 1;
        for (var slot = 0; slot < rest.Length && count > 0;)
        {
            var nextCount = 0;
            slot = PhraseCode.ReadSlot(rest, slot, out var symbols, out var minGap, out var maxGap);
            if (symbols.IsEmpty)
            {
                foreach (var word in current[..count])
                {
                    for (var skipped = minGap; skipped <= maxGap && word + skipped < words.Count; skipped++)
                    {
                        AddState(next, ref nextCount, word + skipped);
                    }
                }
            }
            else
            {
                foreach (var word in current[..count])
                {
                    if (word < words.Count && words.MatchesAny(word, symbols))
                    {
                        AddState(next, ref nextCount, word + 1);
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

        return words.Start(shortest) - 1;
    }
}
