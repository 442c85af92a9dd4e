namespace Detector.Rules.Patterns;

/// <summary>Small word-level helpers shared by the pattern scanners, on original (un-normalised) text.</summary>
internal static class Words
{
    public static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || (c > 127 && char.IsLetterOrDigit(c));

    /// <summary>Whether no word character touches position <paramref name="index"/> from the left.</summary>
    public static bool StartsWordAt(ReadOnlySpan<char> text, int index) => index == 0 || !IsWordChar(text[index - 1]);

    /// <summary>Whether no word character follows position <paramref name="end"/> (exclusive end).</summary>
    public static bool EndsWordAt(ReadOnlySpan<char> text, int end) => end >= text.Length || !IsWordChar(text[end]);

    /// <summary>The first ASCII digit at or after <paramref name="index"/> (vectorised), or the text's length if there is none.</summary>
    public static int NextDigit(ReadOnlySpan<char> text, int index) =>
        text[index..].IndexOfAny(Tokens.Digits) is var offset and >= 0 ? index + offset : text.Length;

    /// <summary>The end of the run of ASCII digits starting at <paramref name="index"/>.</summary>
    public static int SkipDigits(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && char.IsAsciiDigit(text[index]))
        {
            index++;
        }

        return index;
    }

    /// <summary>The end of the run of spaces starting at <paramref name="index"/>.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && text[index] is ' ' or '\u00A0' or '\t')
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// If one of <paramref name="words"/> (lower case) starts at <paramref name="index"/> as a whole word
    /// (case-insensitive), returns its end; otherwise -1. Longer words should come first.
    /// </summary>
    public static int MatchAny(ReadOnlySpan<char> text, int index, ReadOnlySpan<string> words)
    {
        if (index >= text.Length)
        {
            return -1;
        }

        // Words are lower-case ASCII: compare an ASCII first character before anything else (most words differ
        // there); a non-ASCII one is left to the case-insensitive comparison.
        var first = text[index];
        var lower = first < 128 ? (char)(first | (char.IsAsciiLetterUpper(first) ? 0x20 : 0)) : '\0';
        foreach (var word in words)
        {
            var end = index + word.Length;
            if ((lower == '\0' || word[0] == lower) && end <= text.Length && text.Slice(index, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase)
                && (end == text.Length || !char.IsAsciiLetter(text[end]) || !char.IsAsciiLetter(word[^1])))
            {
                return end;
            }
        }

        return -1;
    }

    /// <summary>
    /// The start of the word (at most <paramref name="maxLength"/> characters, apostrophes included)
    /// that ends at <paramref name="end"/> after at most one space; -1 if there is none or it is longer.
    /// </summary>
    public static int PreviousWordStart(ReadOnlySpan<char> text, int end, out int wordEnd, int maxLength = 8)
    {
        if (end > 0 && text[end - 1] is ' ' or '\u00A0' or '\t')
        {
            end--;
        }

        wordEnd = end;
        while (end > 0 && wordEnd - end <= maxLength && (IsWordChar(text[end - 1]) || IsApostrophe(text[end - 1])))
        {
            end--;
        }

        return end == wordEnd || wordEnd - end > maxLength ? -1 : end;
    }

    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    /// <summary>Whether text[start..end] equals one of <paramref name="words"/> (lower case), ignoring case and apostrophes.</summary>
    public static bool IsOneOf(ReadOnlySpan<char> text, int start, int end, ReadOnlySpan<string> words)
    {
        Span<char> letters = stackalloc char[16];
        var count = 0;
        for (var i = start; i < end; i++)
        {
            if (IsApostrophe(text[i]))
            {
                continue;
            }

            if (count == letters.Length)
            {
                return false;
            }

            letters[count++] = char.ToLowerInvariant(text[i]);
        }

        foreach (var word in words)
        {
            if (letters[..count].SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
