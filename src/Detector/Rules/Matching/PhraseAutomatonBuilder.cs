namespace Detector.Rules.Matching;

/// <summary>Builds a <see cref="PhraseAutomaton"/>: the vocabulary, the phrases as symbols, their keys into a trie, then failure links.</summary>
internal sealed class PhraseAutomatonBuilder(IReadOnlyList<PhraseSlot[]> phrases, IReadOnlyList<int> owners)
{
    private readonly Dictionary<PhraseWord, int> _symbols = [];
    private readonly List<PhraseWord> _words = [];
    private readonly Dictionary<long, int> _children = [];
    private readonly List<List<int>?> _outputs = [null];
    private readonly List<List<(int Symbol, int Child)>> _childLists = [[]];
    /// <summary>The alternatives of slots chosen as requirements (<see cref="Requirement"/>), by their sorted symbols.</summary>
    private readonly Dictionary<string, int> _groupIds = [];
    private readonly List<int[]> _groups = [];

    public PhraseAutomaton Build()
    {
        var compiled = new WordSlot[phrases.Count][];
        var keyWords = new int[phrases.Count];
        for (var p = 0; p < phrases.Count; p++)
        {
            compiled[p] = Array.ConvertAll(phrases[p], slot => new WordSlot(Array.ConvertAll(slot.Alternatives, SymbolOf), slot.MinGap, slot.MaxGap));
        }

        for (var p = 0; p < phrases.Count; p++)
        {
            keyWords[p] = AddKeys(p, compiled[p]);
        }

        var vocabulary = PhraseVocabulary.Build(_words);
        var rootNext = new int[vocabulary.SymbolCount];
        foreach (var (symbol, child) in _childLists[0])
        {
            rootNext[symbol] = child;
        }

        // Failure links and output links, breadth first.
        var count = _outputs.Count;
        var fail = new int[count];
        var outputLink = new int[count];
        var queue = new Queue<int>(_childLists[0].Select(entry => entry.Child));
        var transitions = new List<(int, int, int)>();
        while (queue.Count > 0)
        {
            var state = queue.Dequeue();
            outputLink[state] = _outputs[state] is not null ? state : outputLink[fail[state]];
            foreach (var (symbol, child) in _childLists[state])
            {
                transitions.Add((state, symbol, child));
                fail[child] = state == 0 ? 0 : Next(fail[state], symbol, fail, rootNext);
                queue.Enqueue(child);
            }
        }

        var code = new List<int>();
        var phraseAt = new int[phrases.Count];
        var requirement = new int[phrases.Count]; // once per phrase, not per key: a phrase has a key per combination of alternatives
        for (var p = 0; p < phrases.Count; p++)
        {
            phraseAt[p] = PhraseCode.Write(code, keyWords[p], compiled[p].AsSpan(keyWords[p]));
            requirement[p] = Requirement(compiled[p].AsSpan(keyWords[p]), vocabulary.SymbolCount);
        }

        var outputStart = new int[count + 1];
        var outputs = new List<(int Required, int Owner, int Code)>();
        for (var s = 0; s < count; s++)
        {
            outputStart[s] = outputs.Count;
            outputs.AddRange((_outputs[s] ?? []).Select(phrase => (requirement[phrase], owners[phrase], phraseAt[phrase])));
        }

        outputStart[count] = outputs.Count;
        var groups = WordGroups.Build(vocabulary.SymbolCount, _groups);
        return new PhraseAutomaton(vocabulary, groups, rootNext, new TransitionTable(transitions), fail, outputLink, outputStart, [.. outputs], [.. code]);
    }

    /// <summary>
    /// What some word of the message must match for the slots after a key to match: of those slots, the one whose most
    /// common word is rarest (its shortest alternative the longest, long words being the rare ones), as its symbol or,
    /// with alternatives, its <see cref="WordGroups">group</see> (numbered from <paramref name="symbolCount"/> on, as
    /// <see cref="WordGroups.Build"/> numbers them); 0 when there is no word slot after the key.
    /// </summary>
    private int Requirement(ReadOnlySpan<WordSlot> rest, int symbolCount)
    {
        var (best, bestLength) = ((int[]?)null, 0);
        foreach (var slot in rest)
        {
            var length = slot.IsGap ? 0 : slot.Symbols.Min(symbol => _words[symbol - 1].Text.Length);
            if (length > bestLength)
            {
                (best, bestLength) = (slot.Symbols, length);
            }
        }

        if (best is null || best.Length == 1)
        {
            return best?[0] ?? 0;
        }

        var key = string.Join(',', best.Order());
        if (!_groupIds.TryGetValue(key, out var group))
        {
            group = _groups.Count;
            _groupIds[key] = group;
            _groups.Add(best);
        }

        return symbolCount + group;
    }

    private int Next(int state, int symbol, int[] fail, int[] rootNext)
    {
        while (state != 0)
        {
            if (_children.TryGetValue(Key(state, symbol), out var next))
            {
                return next;
            }

            state = fail[state];
        }

        return rootNext[symbol];
    }

    private int SymbolOf(PhraseWord word)
    {
        if (!_symbols.TryGetValue(word, out var symbol))
        {
            _words.Add(word);
            symbol = _words.Count;
            _symbols[word] = symbol;
        }

        return symbol;
    }

    /// <summary>
    /// Adds the keys of phrase <paramref name="phrase"/>: its leading words up to the first gap (or
    /// through the first prefix word), one key per combination of alternatives, at most
    /// <see cref="PhraseAutomaton.MaxExpansions"/>. Returns the number of key words.
    /// </summary>
    private int AddKeys(int phrase, WordSlot[] slots)
    {
        var source = phrases[phrase];
        var words = 0;
        var expansions = 1;
        while (words < slots.Length && !slots[words].IsGap)
        {
            var alternatives = slots[words].Symbols.Length;
            if (words > 0 && expansions * alternatives > PhraseAutomaton.MaxExpansions)
            {
                break;
            }

            expansions *= alternatives;
            words++;
            if (source[words - 1].Alternatives.Any(word => word.IsPrefix))
            {
                break;
            }
        }

        // Walk every combination of alternatives, depth first, in pack order.
        var states = new List<int> { 0 };
        for (var w = 0; w < words; w++)
        {
            var next = new List<int>(states.Count * slots[w].Symbols.Length);
            foreach (var state in states)
            {
                foreach (var symbol in slots[w].Symbols)
                {
                    next.Add(Child(state, symbol));
                }
            }

            states = next;
        }

        foreach (var state in states)
        {
            var outputs = _outputs[state] ??= [];
            if (outputs.Count == PhraseAutomaton.MaxPhrasesPerKey)
            {
                // Each time a key is found every phrase behind it is checked: a bound here bounds the work per word.
                throw new InvalidOperationException(
                    $"more than {PhraseAutomaton.MaxPhrasesPerKey} phrases begin with the same words as \"{string.Join(' ', source.TakeWhile(slot => slot.Alternatives.Length > 0).Select(slot => slot.Alternatives[0].Text))}\"; merge them with alternatives or make their first words differ");
            }

            outputs.Add(phrase);
        }

        return words;
    }

    private int Child(int state, int symbol)
    {
        var key = Key(state, symbol);
        if (!_children.TryGetValue(key, out var child))
        {
            if (_outputs.Count >= PhraseAutomaton.MaxStates)
            {
                throw new InvalidOperationException(
                    $"the phrases compile to more than {PhraseAutomaton.MaxStates:N0} automaton states; split or shorten the pack");
            }

            child = _outputs.Count;
            _children[key] = child;
            _outputs.Add(null);
            _childLists.Add([]);
            _childLists[state].Add((symbol, child));
        }

        return child;
    }

    private static long Key(int state, int symbol) => ((long)state << 32) | (uint)symbol;
}
