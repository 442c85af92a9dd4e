namespace Detector.Rules.Patterns;

/// <summary>
/// Finds a stated age under 18: a number from 8 to 17 after "I'm", "im", "I am", "am" (optionally
/// "only"/"just") or "age(d)", or before "yo", "y/o", "years old", "yrs old" (<c>I'm 15</c>,
/// <c>im 16</c>, <c>15 yo</c>, <c>15 years old</c>, <c>15yo</c>).
/// </summary>
internal static class AgeScanner
{
    private static readonly string[] s_ageAfter = ["years old", "year old", "yrs old", "yr old", "y/o", "y.o", "yo", "yrs", "yr"];
    private static readonly string[] s_notAnAge = ["minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr", "h", "km", "miles", "mi", "kg", "lbs", "percent", "pounds", "dollars", "euros", "am", "pm", "k", "m", "x", "times"];

    public static bool TryFind(ReadOnlySpan<char> text, out int start, out int length)
    {
        for (var i = 0; i < text.Length; i++)
        {
            i = Words.NextDigit(text, i);
            if (i == text.Length)
            {
                break;
            }

            if (!char.IsAsciiDigit(text[i]) || !Words.StartsWordAt(text, i))
            {
                continue;
            }

            var numberEnd = Words.SkipDigits(text, i);
            if (numberEnd - i > 2 || int.Parse(text[i..numberEnd], provider: null) is < 8 or > 17
                || (numberEnd < text.Length && text[numberEnd] is '.' or ',' or ':' or '/' && numberEnd + 1 < text.Length && char.IsAsciiDigit(text[numberEnd + 1])))
            {
                i = numberEnd;
                continue;
            }

            var after = Words.SkipSpaces(text, numberEnd);
            var suffixEnd = after - numberEnd <= 1 ? Words.MatchAny(text, after, s_ageAfter) : -1;
            if (suffixEnd >= 0 && (text[after] is not ('y' or 'Y') || Words.MatchAny(text, after, ["yrs", "yr"]) < 0 || suffixEnd - after > 3
                || HasOldAfter(text, suffixEnd)))
            {
                start = StatementStart(text, i, out var stated) is var s && stated ? s : i;
                length = suffixEnd - start;
                return true;
            }

            var statementStart = StatementStart(text, i, out var isStatement);
            if (isStatement && (Words.EndsWordAt(text, numberEnd) || after > numberEnd) && Words.MatchAny(text, after, s_notAnAge) < 0)
            {
                start = statementStart;
                length = numberEnd - statementStart;
                return true;
            }

            i = numberEnd;
        }

        start = length = 0;
        return false;
    }

    private static bool HasOldAfter(ReadOnlySpan<char> text, int index)
    {
        var after = Words.SkipSpaces(text, index);
        return Words.MatchAny(text, after, ["old"]) >= 0;
    }

    /// <summary>Where "I'm / im / I am / am [only|just]" or "age(d)" starts before the number at <paramref name="number"/>.</summary>
    private static int StatementStart(ReadOnlySpan<char> text, int number, out bool found)
    {
        found = false;
        var wordStart = Words.PreviousWordStart(text, number, out var wordEnd);
        if (wordStart < 0)
        {
            return number;
        }

        if (Words.IsOneOf(text, wordStart, wordEnd, ["only", "just", "like"]))
        {
            wordStart = Words.PreviousWordStart(text, wordStart, out wordEnd);
            if (wordStart < 0)
            {
                return number;
            }
        }

        if (Words.IsOneOf(text, wordStart, wordEnd, ["im", "age", "aged", "iam"]))
        {
            found = true;
            return wordStart;
        }

        if (Words.IsOneOf(text, wordStart, wordEnd, ["am"]))
        {
            found = true;
            var iStart = Words.PreviousWordStart(text, wordStart, out var iEnd);
            return iStart >= 0 && Words.IsOneOf(text, iStart, iEnd, ["i"]) ? iStart : wordStart;
        }

        return number;
    }
}
