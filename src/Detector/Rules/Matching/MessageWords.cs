namespace Detector.Rules.Matching;

/// <summary>
/// The words of one normalised message, each with the vocabulary symbols it matches
/// (<see cref="PhraseVocabulary.Lookup"/>). A reusable per-thread buffer, like <see cref="Normalization.NormalizedText"/>.
/// </summary>
internal sealed class MessageWords
{
    [ThreadStatic]
    private static MessageWords? t_current;

    private int[] _starts = new int[64];
    private int[] _symbolStarts = new int[64];
    private int[] _exactEnds = new int[64];
    private int[] _symbols = new int[1024];
    /// <summary>
    /// A bit per vocabulary symbol and per <see cref="WordGroups">group</see> of symbols, set when some word matches it;
    /// only the bits of the last message's symbols are ever set.
    /// </summary>
    private ulong[] _present = new ulong[64];
    /// <summary>How many symbols the last message's words matched, and their groups (their bits are cleared before the next message is read).</summary>
    private int _symbolCount;
    private WordGroups _groups = WordGroups.Empty;

    /// <summary>The number of words.</summary>
    public int Count { get; private set; }

    /// <summary>Whether any word matched a vocabulary symbol (if not, no phrase can match).</summary>
    public bool AnyMatched { get; private set; }

    /// <summary>The buffer owned by the calling thread.</summary>
    public static MessageWords ForCurrentThread() => t_current ??= new MessageWords();

    /// <summary>Where word <paramref name="word"/> starts in the normalised text; word <see cref="Count"/> "starts" one past the final space.</summary>
    public int Start(int word) => _starts[word];

    /// <summary>The exact vocabulary words word <paramref name="word"/> matches (usually none or one).</summary>
    public ReadOnlySpan<int> ExactSymbols(int word) => _symbols.AsSpan(_symbolStarts[word], _exactEnds[word] - _symbolStarts[word]);

    /// <summary>The prefixes word <paramref name="word"/> starts with, shortest first.</summary>
    public ReadOnlySpan<int> PrefixSymbols(int word) => _symbols.AsSpan(_exactEnds[word], _symbolStarts[word + 1] - _exactEnds[word]);

    /// <summary>Whether word <paramref name="word"/> matches any of <paramref name="symbols"/>.</summary>
    public bool MatchesAny(int word, ReadOnlySpan<int> symbols)
    {
        foreach (var symbol in _symbols.AsSpan(_symbolStarts[word], _symbolStarts[word + 1] - _symbolStarts[word]))
        {
            if (PhraseAutomaton.ContainsSmall(symbols, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether any word of the message matches <paramref name="id"/>, a symbol or a group of them (<see cref="WordGroups"/>):
    /// one bit test, without looking at the words.
    /// </summary>
    public bool Contains(int id)
    {
        var bits = _present;
        var index = id >> 6;
        return (uint)index < (uint)bits.Length && (bits[index] & (1UL << id)) != 0;
    }

    /// <summary>
    /// Splits normalised text (<c>" word word "</c>) into words and looks each one up, noting which symbols and
    /// <paramref name="groups"/> (ids up to <see cref="WordGroups.IdCount"/>) the message's words match.
    /// </summary>
    public void Read(ReadOnlySpan<char> chars, PhraseVocabulary vocabulary, WordGroups groups)
    {
        // Clear the previous message's bits: symbol by symbol after a short message (a large pack has thousands of
        // symbols), the whole set after a long one.
        if (_symbolCount > _present.Length)
        {
            Array.Clear(_present);
        }
        else
        {
            _groups.Clear(_symbols.AsSpan(0, _symbolCount), _present);
        }

        if (_present.Length < (groups.IdCount + 63) >> 6)
        {
            _present = new ulong[(groups.IdCount + 63) >> 6];
        }

        var count = 0;
        var symbolCount = 0;
        var mayBeAmbiguous = chars.Contains(Normalization.NormalizedText.AmbiguousIOrL);
        var maxWords = (chars.Length / 2) + 2; // words are separated by spaces
        if (_starts.Length < maxWords)
        {
            // Sized once for the longest text seen (fresh arrays: nothing to copy), instead of doubling mid-scan.
            var size = (int)Math.Min(Array.MaxLength, Math.Max(maxWords, (long)_starts.Length * 2));
            _starts = new int[size];
            _symbolStarts = new int[size];
            _exactEnds = new int[size];
        }

        var position = 1; // normalised text starts with a space
        while (position < chars.Length)
        {
            if (symbolCount + PhraseVocabulary.MaxSymbolsPerWord > _symbols.Length)
            {
                Array.Resize(ref _symbols, _symbols.Length * 2);
            }

            _starts[count] = position;
            _symbolStarts[count] = symbolCount;
            symbolCount += vocabulary.Lookup(chars, position, mayBeAmbiguous, _symbols.AsSpan(symbolCount), out var exactCount, out var end);
            _exactEnds[count] = _symbolStarts[count] + exactCount;
            count++;
            position = end + 1;
        }

        _starts[count] = chars.Length;
        _symbolStarts[count] = symbolCount;
        Count = count;
        (_symbolCount, _groups) = (symbolCount, groups);
        groups.Set(_symbols.AsSpan(0, symbolCount), _present); // after the walk: word by word cost more than it saved
        AnyMatched = symbolCount > 0;
    }
}
