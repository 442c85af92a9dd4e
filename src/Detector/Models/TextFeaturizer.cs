namespace Detector.Models;

/// <summary>
/// Turns a message's normalised text into a sparse, L2-normalised bag of hashed features: words, word pairs and
/// the character trigrams of each word (which carry misspellings and languages the rule packs do not cover).
/// Stateless and thread-safe; writes into caller-provided buffers, so it allocates nothing.
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

    /// <summary>
    /// Writes the features of <paramref name="normalized"/> (text from the normaliser: lower case, words separated by
    /// non-letters) as sorted, distinct <paramref name="indices"/> with their <paramref name="values"/>.
    /// </summary>
    /// <returns>The number of features written.</returns>
    public static int Featurize(ReadOnlySpan<char> normalized, Span<int> indices, Span<float> values)
    {
        if (indices.Length < MaxFeatures || values.Length < MaxFeatures)
        {
            throw new ArgumentException($"Feature buffers must hold at least {MaxFeatures} entries.");
        }

        var text = normalized.Length > MaxCharacters ? normalized[..MaxCharacters] : normalized;
        var count = 0;
        var previousWord = 0u;
        var position = 0;
        while (NextWord(text, ref position, out var word))
        {
            var wordHash = Hash(WordSeed, word);
            indices[count++] = Index(wordHash);
            if (previousWord != 0)
            {
                indices[count++] = Index(Mix(PairSeed ^ previousWord, wordHash));
            }

            previousWord = wordHash;

            // Trigrams of the word padded with boundary marks: "pay" → "^pa", "pay", "ay$".
            var (first, second) = ('^', word[0]);
            for (var next = 1; next <= word.Length; next++)
            {
                var third = next < word.Length ? word[next] : '$';
                indices[count++] = Index((((((TrigramSeed ^ first) * FnvPrime) ^ second) * FnvPrime) ^ third) * FnvPrime);
                (first, second) = (second, third);
            }
        }

        return Finish(indices[..count], values);
    }

    private static bool NextWord(ReadOnlySpan<char> text, ref int position, out ReadOnlySpan<char> word)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        var start = position;
        while (position < text.Length && char.IsLetterOrDigit(text[position]))
        {
            position++;
        }

        word = text[start..position];
        return word.Length > 0;
    }

    /// <summary>Sorts, merges duplicates into counts and scales the counts to unit length.</summary>
    private static int Finish(Span<int> indices, Span<float> values)
    {
        indices.Sort();
        var distinct = 0;
        for (var i = 0; i < indices.Length; i++)
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

        var sumOfSquares = 0.0;
        for (var i = 0; i < distinct; i++)
        {
            sumOfSquares += values[i] * values[i];
        }

        var scale = distinct == 0 ? 0f : (float)(1.0 / Math.Sqrt(sumOfSquares));
        for (var i = 0; i < distinct; i++)
        {
            values[i] *= scale;
        }

        return distinct;
    }

    private static uint Hash(uint seed, ReadOnlySpan<char> chars)
    {
        var hash = FnvOffset ^ seed;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash == 0 ? 1 : hash;
    }

    private static uint Mix(uint a, uint b) => (((a * FnvPrime) ^ b) * FnvPrime) ^ (a >> 15);

    private static int Index(uint hash) => (int)((hash ^ (hash >> Bits)) & (FeatureCount - 1));
}
