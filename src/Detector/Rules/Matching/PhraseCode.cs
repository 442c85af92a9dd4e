namespace Detector.Rules.Matching;

/// <summary>
/// The phrases of a <see cref="PhraseAutomaton"/> laid out one after another in a single <c>int</c> array, so that
/// checking a phrase after its key is found reads one short run of memory instead of following references to
/// per-phrase and per-slot arrays (on a key hit, those scattered reads were most of the work).
/// </summary>
/// <remarks>
/// <para>A phrase at offset <c>at</c>: <c>[at]</c> the number of key words (<see cref="PhraseAutomatonBuilder"/>),
/// <c>[at + 1]</c> the offset where it ends, then the slots after its key (its owner is kept with the key's outputs). A word
/// slot is its symbol count (≥ 1) followed by the symbols; a gap is <c>0</c>, the minimum and the maximum number of
/// words it skips.</para>
/// </remarks>
internal static class PhraseCode
{
    /// <summary>The ints before a phrase's slots: key words, end.</summary>
    private const int HeaderLength = 2;

    /// <summary>The ints of a gap slot: 0, minimum, maximum.</summary>
    private const int GapLength = 3;

    /// <summary>Appends a phrase (its slots after the <paramref name="keyWords"/> key words) and returns its offset.</summary>
    /// <exception cref="InvalidOperationException">The code would outgrow one array.</exception>
    public static int Write(List<int> code, int keyWords, ReadOnlySpan<WordSlot> rest) =>
        Write(code, keyWords, rest, Array.MaxLength);

    /// <summary>As <see cref="Write(List{int}, int, ReadOnlySpan{WordSlot})"/>, with the code limited to <paramref name="maxLength"/> ints.</summary>
    /// <exception cref="InvalidOperationException">The code would grow beyond <paramref name="maxLength"/> ints.</exception>
    internal static int Write(List<int> code, int keyWords, ReadOnlySpan<WordSlot> rest, int maxLength)
    {
        var length = (long)HeaderLength;
        foreach (var slot in rest)
        {
            length += slot.IsGap ? GapLength : 1 + slot.Symbols.Length;
        }

        if (code.Count + length > maxLength)
        {
            // Offsets into the code are ints and it is one array: a pack would need billions of phrase words to get here.
            throw new InvalidOperationException(
                $"the phrases compile to more than {maxLength:N0} ints of phrase code; split or shorten the pack");
        }

        var at = code.Count;
        code.Add(keyWords);
        code.Add(0);
        foreach (var slot in rest)
        {
            if (slot.IsGap)
            {
                code.Add(0);
                code.Add(slot.MinGap);
                code.Add(slot.MaxGap);
            }
            else
            {
                code.Add(slot.Symbols.Length);
                code.AddRange(slot.Symbols);
            }
        }

        code[at + 1] = code.Count;
        return at;
    }

    /// <summary>The phrase at offset <paramref name="at"/>: its slots after the key, and the number of key words.</summary>
    public static ReadOnlySpan<int> Read(int[] code, int at, out int keyWords)
    {
        keyWords = code[at];
        return code.AsSpan(at + HeaderLength, code[at + 1] - at - HeaderLength);
    }

    /// <summary>
    /// Reads the slot at <paramref name="slot"/> of a phrase's slots: a word gives its <paramref name="symbols"/>, a gap
    /// no symbols and the range of words it skips. Returns where the next slot starts.
    /// </summary>
    public static int ReadSlot(ReadOnlySpan<int> slots, int slot, out ReadOnlySpan<int> symbols, out int minGap, out int maxGap)
    {
        var symbolCount = slots[slot];
        if (symbolCount == 0)
        {
            symbols = [];
            (minGap, maxGap) = (slots[slot + 1], slots[slot + 2]);
            return slot + GapLength;
        }

        symbols = slots.Slice(slot + 1, symbolCount);
        (minGap, maxGap) = (0, 0);
        return slot + 1 + symbolCount;
    }
}
