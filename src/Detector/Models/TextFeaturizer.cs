namespace Detector.Models;

/// <summary>
/// Turns a message's normalised text into a sparse, L2-normalised bag of hashed features: words, word pairs and
/// the character trigrams of each word (which carry misspellings and languages the rule packs do not cover).
/// Thread-safe; writes into caller-provided buffers (and a bitmap kept per thread), so it allocates nothing after a
/// thread's first call.
/// </summary>
/// <remarks>
/// Only the first <see cref="MaxCharacters"/> characters are read, so a huge message costs no more than a long one;
/// the rule engine still reads all of it.
/// </remarks>
internal static class TextFeaturizer
{
    /// <summary>The number of bits of the hashed feature space; features are in <c>[0, 2^Bits)</c>.</summary>
    public const int Bits = 18;

    /// <summary>The size of the hashed feature space.</summary>
    public const int FeatureCount = 1 << Bits;

    /// <summary>How much of a message is read.</summary>
    public const int MaxCharacters = 4096;

    /// <summary>The buffer length that always suffices for <see cref="Featurize"/>.</summary>
    public const int MaxFeatures = MaxCharacters * 3;

    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;
    private const uint WordSeed = 0x9E3779B9;
    private const uint PairSeed = 0x85EBCA6B;
    private const uint TrigramSeed = 0xC2B2AE35;

    [ThreadStatic]
    private static RepeatScratch? t_scratch;

    /// <summary>
    /// Writes the features of <paramref name="normalized"/> (text from the normaliser: lower case, words separated by
    /// non-letters) as sorted, distinct <paramref name="indices"/> with their <paramref name="values"/>.
    /// </summary>
    /// <returns>The number of features written.</returns>
    public static int Featurize(ReadOnlySpan<char> normalized, Span<int> indices, Span<float> values)
    {
        CheckBuffers(indices, values);
        var count = Emit(normalized, indices);
        indices[..count].Sort();
        var distinct = 0;
        for (var i = 0; i < count; i++)
        {
            if (distinct > 0 && indices[distinct - 1] == indices[i])
            {
                values[distinct - 1]++;
            }
            else
            {
                indices[distinct] = indices[i];
                values[distinct++] = 1;
            }
        }

        Scale(values[..distinct]);
        return distinct;
    }

    /// <summary>
    /// Writes the same features and values as <see cref="Featurize"/>, but in the order each feature first occurs rather
    /// than sorted, which spares the sort: for scoring, where the order does not matter.
    /// </summary>
    /// <returns>The number of features written.</returns>
    /// <remarks>
    /// Repeats are found with a bitmap of the feature space kept per thread (and emptied again): a repeated feature is
    /// set aside, and the few set aside, sorted, then give the counts.
    /// </remarks>
    public static int FeaturizeUnordered(ReadOnlySpan<char> normalized, Span<int> indices, Span<float> values)
    {
        CheckBuffers(indices, values);
        var count = Emit(normalized, indices);
        var scratch = t_scratch ??= new RepeatScratch();
        var seen = scratch.Seen;
        var distinct = 0;
        var repeats = 0;
        for (var i = 0; i < count; i++)
        {
            var index = indices[i];
            ref var word = ref seen[index >> 6];
            var bit = 1UL << index;
            if ((word & bit) != 0)
            {
                scratch.Repeats[repeats++] = index;
                continue;
            }

            word |= bit;
            indices[distinct] = index;
            values[distinct++] = 1;
        }

        foreach (var index in indices[..distinct])
        {
            seen[index >> 6] = 0;
        }

        if (repeats > 0)
        {
            CountRepeats(indices[..distinct], values[..distinct], scratch.Repeats.AsSpan(0, repeats));
        }

        Scale(values[..distinct]);
        return distinct;
    }

    private static void CheckBuffers(Span<int> indices, Span<float> values)
    {
        if (indices.Length < MaxFeatures || values.Length < MaxFeatures)
        {
            throw new ArgumentException($"Feature buffers must hold at least {MaxFeatures} entries.");
        }
    }

    /// <summary>Adds to the count of each distinct feature how often it is among <paramref name="repeats"/>.</summary>
    private static void CountRepeats(ReadOnlySpan<int> distinct, Span<float> counts, Span<int> repeats)
    {
        repeats.Sort();
        for (var i = 0; i < distinct.Length; i++)
        {
            counts[i] += FirstAtLeast(repeats, distinct[i] + 1) - FirstAtLeast(repeats, distinct[i]);
        }
    }

    /// <summary>How many of <paramref name="sorted"/> are below <paramref name="value"/>.</summary>
    private static int FirstAtLeast(ReadOnlySpan<int> sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            (low, high) = sorted[middle] < value ? (middle + 1, high) : (low, middle);
        }

        return low;
    }

    /// <summary>Writes the features' indices as they occur in the text, repeats and all.</summary>
    /// <returns>How many were written (at most <see cref="MaxFeatures"/>).</returns>
    private static int Emit(ReadOnlySpan<char> normalized, Span<int> indices)
    {
        var text = normalized.Length > MaxCharacters ? normalized[..MaxCharacters] : normalized;
        var count = 0;
        var previousWord = 0u;
        var at = 0;
        while (true)
        {
            while (at < text.Length && !IsWordCharacter(text[at]))
            {
                at++;
            }

            if (at == text.Length)
            {
                break;
            }

            // One pass over the word gives its hash and its trigrams, padded with boundary marks: "pay" → "^pa", "pay",
            // "ay$". The order features are written in does not matter: they are counted as a bag.
            var (first, second) = ((uint)'^', (uint)text[at++]);
            var wordHash = ((FnvOffset ^ WordSeed) ^ second) * FnvPrime;
            while (at < text.Length && IsWordCharacter(text[at]))
            {
                uint third = text[at++];
                wordHash = (wordHash ^ third) * FnvPrime;
                indices[count++] = Trigram(first, second, third);
                (first, second) = (second, third);
            }

            indices[count++] = Trigram(first, second, '$');
            wordHash = wordHash == 0 ? 1 : wordHash;
            indices[count++] = Index(wordHash);
            if (previousWord != 0)
            {
                indices[count++] = Index(Mix(PairSeed ^ previousWord, wordHash));
            }

            previousWord = wordHash;
        }

        return count;
    }

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, answered without a call for ASCII.</summary>
    private static bool IsWordCharacter(char c) =>
        c < 128 ? ((uint)((c | 0x20) - 'a') < 26 || (uint)(c - '0') < 10) : char.IsLetterOrDigit(c);

    /// <summary>Scales the counts to unit length.</summary>
    private static void Scale(Span<float> values)
    {
        var sumOfSquares = 0.0;
        foreach (var value in values)
        {
            sumOfSquares += value * value;
        }

        var scale = values.IsEmpty ? 0f : (float)(1.0 / Math.Sqrt(sumOfSquares));
        foreach (ref var value in values)
        {
            value *= scale;
        }
    }

    private static int Trigram(uint first, uint second, uint third) =>
        Index((((((TrigramSeed ^ first) * FnvPrime) ^ second) * FnvPrime) ^ third) * FnvPrime);

    private static uint Mix(uint a, uint b) => (((a * FnvPrime) ^ b) * FnvPrime) ^ (a >> 15);

    private static int Index(uint hash) => (int)((hash ^ (hash >> Bits)) & (FeatureCount - 1));

    /// <summary>What <see cref="FeaturizeUnordered"/> keeps per thread: a bit per feature (empty between calls) and room for the repeats.</summary>
    private sealed class RepeatScratch
    {
        public ulong[] Seen { get; } = new ulong[FeatureCount / 64];

        public int[] Repeats { get; } = new int[MaxFeatures];
    }
}
