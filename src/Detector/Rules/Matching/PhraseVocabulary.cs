using Detector.Normalization;

namespace Detector.Rules.Matching;

/// <summary>
/// The words of every phrase, as a character trie: tells which vocabulary symbols a word of a
/// normalised message matches, in one walk over the word's characters.
/// </summary>
/// <remarks>
/// <para>Each distinct phrase word is a symbol (<c>1..</c>): an exact word (<c>family</c>) and a
/// prefix (<c>record*</c>) are different symbols even when their text is the same; 0 means "no
/// vocabulary word". A message word matches an exact word when they are equal once letters written
/// twice in a row are read once (<c>pleease</c> = <c>please</c>; phrase words are stored that way),
/// and matches a prefix when it starts with it. A leetspeak <c>1</c> (<see
/// cref="NormalizedText.AmbiguousIOrL"/>) matches <c>i</c>, <c>l</c> or itself, so a word holding one
/// may match several symbols; they are then listed <c>i</c> before <c>l</c> before <c>1</c>.</para>
/// <para>Most message words leave the trie after a character or two, which is what makes messages
/// without any vocabulary word cheap.</para>
/// </remarks>
internal sealed class PhraseVocabulary
{
    private const int MaxBranches = 8;

    private readonly ushort[] _charSymbols;
    /// <summary>
    /// The trie, a row of <c>alphabet size + 2</c> ints per node: first a column per character class, holding the
    /// child's row offset shifted left by one, with bit 0 set when the child ends a prefix (0: no child; the root, row
    /// 0, is never a child); then the node's exact symbol; then its prefix symbol. A step down the trie is one load,
    /// with nothing to multiply and the prefix test in the same int.
    /// </summary>
    private readonly int[] _trie;
    private readonly int _exactColumn;
    private readonly int _prefixColumn;
    private readonly int[] _prefixLength;
    /// <summary>For each character class, whether its character is a letter (<see cref="IsLetter"/>), so the walk down the trie makes no call.</summary>
    private readonly bool[] _letterClass;
    private readonly int _classI;
    private readonly int _classL;
    private readonly int _classAmbiguous;

    private PhraseVocabulary(ushort[] charSymbols, int[] trie, int exactColumn, int prefixColumn, int[] prefixLength)
    {
        _charSymbols = charSymbols;
        _trie = trie;
        _exactColumn = exactColumn;
        _prefixColumn = prefixColumn;
        _prefixLength = prefixLength;
        _classI = charSymbols['i'];
        _classL = charSymbols['l'];
        _classAmbiguous = charSymbols[NormalizedText.AmbiguousIOrL];
        _letterClass = new bool[exactColumn];
        for (var c = 0; c < charSymbols.Length; c++)
        {
            _letterClass[charSymbols[c]] |= charSymbols[c] != 0 && IsLetter((char)c);
        }
    }

    /// <summary>The number of symbols, plus one (symbol 0 is "none").</summary>
    public int SymbolCount => _prefixLength.Length;

    /// <summary>The length of a prefix symbol's text (0 for an exact word): prefixes that end earlier in a word are reported first.</summary>
    public int PrefixLength(int symbol) => _prefixLength[symbol];

    /// <summary>Builds the trie of <paramref name="words"/>; word <c>i</c> gets symbol <c>i + 1</c>.</summary>
    /// <exception cref="InvalidOperationException">The words are too many to index.</exception>
    public static PhraseVocabulary Build(IReadOnlyList<PhraseWord> words)
    {
        var charSymbols = new ushort[char.MaxValue + 1];
        var alphabetSize = 1; // class 0: a character no phrase word uses
        foreach (var c in "il" + NormalizedText.AmbiguousIOrL + string.Concat(words.Select(word => word.Text)))
        {
            if (charSymbols[c] == 0)
            {
                charSymbols[c] = (ushort)alphabetSize++;
            }
        }

        var (exactColumn, prefixColumn) = (alphabetSize, alphabetSize + 1);
        var width = prefixColumn + 1;
        var trie = new List<int>(width * 1024);
        trie.AddRange(new int[width]);
        var prefixLength = new int[words.Count + 1];
        for (var w = 0; w < words.Count; w++)
        {
            var row = 0;
            var slot = -1;
            foreach (var c in words[w].Text)
            {
                slot = row + charSymbols[c];
                if (trie[slot] == 0)
                {
                    if (trie.Count > (int.MaxValue >> 1) - width)
                    {
                        throw new InvalidOperationException("the phrases have too many distinct words to index; split or shorten the pack");
                    }

                    trie[slot] = trie.Count << 1;
                    trie.AddRange(new int[width]);
                }

                row = trie[slot] >> 1;
            }

            if (slot < 0)
            {
                continue; // an empty word matches nothing (the parser makes none)
            }

            if (words[w].IsPrefix)
            {
                trie[row + prefixColumn] = w + 1;
                trie[slot] |= 1;
                prefixLength[w + 1] = words[w].Text.Length;
            }
            else
            {
                trie[row + exactColumn] = w + 1;
            }
        }

        return new PhraseVocabulary(charSymbols, [.. trie], exactColumn, prefixColumn, prefixLength);
    }

    /// <summary>The most symbols <see cref="Lookup"/> writes for one word.</summary>
    public const int MaxSymbolsPerWord = MaxBranches + MaxPrefixesPerWord;

    private const int MaxPrefixesPerWord = 64;

    /// <summary>
    /// Reads the word at <paramref name="start"/> of normalised text (up to the next space or the end) and writes to
    /// <paramref name="symbols"/> (at least <see cref="MaxSymbolsPerWord"/> long) the symbols it matches: first the
    /// exact words, then the prefixes, shortest first. The word is split and looked up in the same walk.
    /// </summary>
    /// <param name="text">Normalised text.</param>
    /// <param name="start">Where the word starts.</param>
    /// <param name="mayBeAmbiguous">False when the text has no leetspeak <c>1</c> at all (saves a search per word).</param>
    /// <param name="symbols">Where to write the symbols.</param>
    /// <param name="exactCount">How many of the symbols written are exact words.</param>
    /// <param name="end">Where the word ends (exclusive): the index of the space after it, or the text's length.</param>
    /// <returns>How many symbols were written.</returns>
    public int Lookup(ReadOnlySpan<char> text, int start, bool mayBeAmbiguous, Span<int> symbols, out int exactCount, out int end)
    {
        if (mayBeAmbiguous)
        {
            end = NormalizedText.WordEnd(text, start);
            if (HasAmbiguousIOrL(text[start..end]))
            {
                return LookupAmbiguous(text[start..end], symbols, out exactCount);
            }
        }

        // Prefixes go from index 1, leaving index 0 for the exact word if the whole word is in the trie.
        exactCount = 0;
        var count = 1;
        var row = 0;
        var previous = '\0';
        var i = start;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ')
            {
                break;
            }

            // A letter written twice in a row counts once. The previous character is in the trie, so it has a class.
            var charClass = _charSymbols[c];
            if (c == previous && _letterClass[charClass])
            {
                continue;
            }

            previous = c;
            var child = _trie[row + charClass];
            if (child == 0)
            {
                // No vocabulary word goes on like this (most words leave the trie here): skip the rest of the word.
                // The root's row has no exact word.
                row = 0;
                i = NormalizedText.WordEnd(text, i + 1);
                break;
            }

            row = child >> 1;
            if ((child & 1) != 0 && count <= MaxPrefixesPerWord)
            {
                symbols[count++] = _trie[row + _prefixColumn];
            }
        }

        end = i;
        if (_trie[row + _exactColumn] is var exact and not 0)
        {
            symbols[0] = exact;
            exactCount = 1;
            return count;
        }

        symbols[1..count].CopyTo(symbols);
        return count - 1;
    }

    /// <summary>The slow path for a word with a leetspeak <c>1</c>: follows up to <see cref="MaxBranches"/> trie nodes at once.</summary>
    private int LookupAmbiguous(ReadOnlySpan<char> word, Span<int> symbols, out int exactCount)
    {
        Span<int> rows = stackalloc int[MaxBranches];
        Span<int> next = stackalloc int[MaxBranches];
        Span<int> prefixes = stackalloc int[MaxPrefixesPerWord];
        var prefixCount = 0;
        rows[0] = 0;
        var count = 1;
        var previous = '\0';
        foreach (var c in word)
        {
            if (c == previous && IsLetter(c))
            {
                continue;
            }

            previous = c;
            var nextCount = 0;
            foreach (var row in rows[..count])
            {
                if (c == NormalizedText.AmbiguousIOrL)
                {
                    AddChild(next, ref nextCount, _trie[row + _classI]);
                    AddChild(next, ref nextCount, _trie[row + _classL]);
                    AddChild(next, ref nextCount, _trie[row + _classAmbiguous]);
                }
                else
                {
                    AddChild(next, ref nextCount, _trie[row + _charSymbols[c]]);
                }
            }

            count = nextCount;
            if (count == 0)
            {
                break;
            }

            next[..count].CopyTo(rows);
            foreach (var row in rows[..count])
            {
                if (_trie[row + _prefixColumn] is var prefix and not 0 && prefixCount < prefixes.Length)
                {
                    prefixes[prefixCount++] = prefix;
                }
            }
        }

        exactCount = 0;
        foreach (var row in rows[..count])
        {
            if (_trie[row + _exactColumn] is var exact and not 0)
            {
                symbols[exactCount++] = exact;
            }
        }

        prefixes[..prefixCount].CopyTo(symbols[exactCount..]);
        return exactCount + prefixCount;
    }

    /// <summary>A linear search (words are short, too short for the vectorised <c>Contains</c> to pay).</summary>
    private static bool HasAmbiguousIOrL(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c == NormalizedText.AmbiguousIOrL)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds the row of a trie child entry (0: no child) to the set of rows being followed.</summary>
    private static void AddChild(Span<int> rows, ref int count, int child)
    {
        var row = child >> 1;
        if (child != 0 && count < rows.Length && !rows[..count].Contains(row))
        {
            rows[count++] = row;
        }
    }

    /// <summary>Whether a letter written twice in a row counts once (digits and other characters always count).</summary>
    public static bool IsLetter(char c) => (uint)(c - 'a') <= 'z' - 'a' || (c > 127 && char.IsLetter(c));
}
