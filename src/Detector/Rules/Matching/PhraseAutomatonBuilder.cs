using Detector.Normalization;

namespace Detector.Rules.Matching;

/// <summary>Builds a <see cref="PhraseAutomaton"/>: keys into a trie, then failure links into a dense table.</summary>
internal sealed class PhraseAutomatonBuilder
{
    private readonly IReadOnlyList<PhraseSlot[]> _phrases;
    private readonly List<(string Key, PhraseKey Output)> _keys = [];
    private readonly int[] _keyWords;
    private readonly ushort[] _symbols = new ushort[char.MaxValue + 1];
    private int _alphabetSize = 1; // symbol 0: any character no phrase uses

    public PhraseAutomatonBuilder(IReadOnlyList<PhraseSlot[]> phrases)
    {
        _phrases = phrases;
        _keyWords = new int[phrases.Count];
    }

    public PhraseAutomaton Build()
    {
        for (var p = 0; p < _phrases.Count; p++)
        {
            AddKeys(p);
        }

        foreach (var c in " il" + NormalizedText.AmbiguousIOrL)
        {
            AddSymbol(c);
        }

        foreach (var (key, _) in _keys)
        {
            foreach (var c in key)
            {
                AddSymbol(c);
            }
        }

        // Trie, as a growing dense table: 0 means "no child" (the root is never a child).
        var table = new List<int>(1024);
        var own = new List<List<PhraseKey>?> { null };
        table.AddRange(new int[_alphabetSize]);
        foreach (var (key, output) in _keys)
        {
            var state = 0;
            foreach (var c in key)
            {
                var slot = (state * _alphabetSize) + _symbols[c];
                if (table[slot] == 0)
                {
                    if (own.Count >= PhraseAutomaton.MaxStates)
                    {
                        throw new InvalidOperationException(
                            $"the phrases compile to more than {PhraseAutomaton.MaxStates:N0} automaton states; split or shorten the pack");
                    }

                    table[slot] = own.Count;
                    own.Add(null);
                    table.AddRange(new int[_alphabetSize]);
                }

                state = table[slot];
            }

            (own[state] ??= []).Add(output);
        }

        var transitions = table.ToArray();
        var fail = new int[own.Count];
        var outputLink = new int[own.Count];
        outputLink[0] = -1;
        var queue = new Queue<int>();
        for (var a = 0; a < _alphabetSize; a++)
        {
            var child = transitions[a];
            if (child != 0)
            {
                fail[child] = 0;
                queue.Enqueue(child);
            }
        }

        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputLink[state] = own[state] is not null ? state : outputLink[fail[state]];
            for (var a = 0; a < _alphabetSize; a++)
            {
                var slot = (state * _alphabetSize) + a;
                var child = transitions[slot];
                var viaFail = transitions[(fail[state] * _alphabetSize) + a];
                if (child == 0)
                {
                    transitions[slot] = viaFail;
                }
                else
                {
                    fail[child] = viaFail;
                    queue.Enqueue(child);
                }
            }
        }

        return Renumber(transitions, fail, outputLink, own);
    }

    /// <summary>
    /// Numbers the states breadth first, so the shallow states that most characters visit share a
    /// few cache lines, and marks each transition into a state with outputs by storing it
    /// complemented (negative), so the scan needs no second lookup.
    /// </summary>
    private PhraseAutomaton Renumber(int[] transitions, int[] fail, int[] outputLink, List<List<PhraseKey>?> own)
    {
        var count = own.Count;
        var order = new List<int>(count) { 0 };
        var seen = new bool[count];
        seen[0] = true;
        for (var head = 0; head < order.Count; head++)
        {
            var row = order[head] * _alphabetSize;
            for (var a = 0; a < _alphabetSize; a++)
            {
                var target = transitions[row + a];
                if (!seen[target])
                {
                    seen[target] = true;
                    order.Add(target);
                }
            }
        }

        var newId = new int[count];
        for (var n = 0; n < count; n++)
        {
            newId[order[n]] = n;
        }

        var newTransitions = new int[transitions.Length];
        var newFail = new int[count];
        var newOutputLink = new int[count];
        var outputStart = new int[count + 1];
        var outputs = new List<PhraseKey>();
        for (var n = 0; n < count; n++)
        {
            var old = order[n];
            for (var a = 0; a < _alphabetSize; a++)
            {
                var target = transitions[(old * _alphabetSize) + a];
                newTransitions[(n * _alphabetSize) + a] = outputLink[target] >= 0 ? ~newId[target] : newId[target];
            }

            newFail[n] = newId[fail[old]];
            newOutputLink[n] = outputLink[old] >= 0 ? newId[outputLink[old]] : -1;
            outputStart[n] = outputs.Count;
            if (own[old] is { } list)
            {
                outputs.AddRange(list);
            }
        }

        outputStart[count] = outputs.Count;
        return PhraseAutomaton.Create(
            _symbols, _alphabetSize, newTransitions, newFail, outputStart, newOutputLink, [.. outputs], [.. _phrases], _keyWords);
    }

    private void AddSymbol(char c)
    {
        if (_symbols[c] == 0)
        {
            _symbols[c] = (ushort)_alphabetSize++;
        }
    }

    /// <summary>
    /// Adds the keys of phrase <paramref name="phrase"/>: its leading words up to the first gap (or
    /// through the first prefix word), one key per combination of alternatives, at most
    /// <see cref="PhraseAutomaton.MaxExpansions"/>.
    /// </summary>
    private void AddKeys(int phrase)
    {
        var slots = _phrases[phrase];
        var words = 0;
        var expansions = 1;
        while (words < slots.Length && !slots[words].IsGap)
        {
            var alternatives = slots[words].Alternatives.Length;
            if (words > 0 && expansions * alternatives > PhraseAutomaton.MaxExpansions)
            {
                break;
            }

            expansions *= alternatives;
            words++;
            if (slots[words - 1].Alternatives.Any(word => word.IsPrefix))
            {
                break;
            }
        }

        _keyWords[phrase] = words;
        var keys = new List<string> { "" };
        for (var w = 0; w < words; w++)
        {
            keys = [.. keys.SelectMany(prefix => slots[w].Alternatives.Select(word => Append(prefix, word)))];
        }

        foreach (var key in keys)
        {
            if (key.Length > PhraseAutomaton.MaxKeyLength)
            {
                throw new InvalidOperationException($"a phrase is longer than {PhraseAutomaton.MaxKeyLength} characters once normalised");
            }

            _keys.Add((key, new PhraseKey(phrase, key.Length)));
        }
    }

    private static string Append(string key, PhraseWord word)
    {
        var start = key.Length == 0 ? " " : key;
        return word.IsPrefix ? start + word.Text : start + word.Text + " ";
    }
}
