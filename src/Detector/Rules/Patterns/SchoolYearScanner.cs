namespace Detector.Rules.Patterns;

/// <summary>
/// Finds a school year of a pupil under 18: "year 7" to "year 13" (also "yr"), "grade 5" to
/// "grade 12", "5th" to "12th grade", "freshman", "sophomore".
/// </summary>
internal static class SchoolYearScanner
{
    public static bool TryFind(ReadOnlySpan<char> text, out int start, out int length)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (!(char.IsAsciiDigit(text[i]) || (text[i] | 0x20) is 'f' or 's' or 'y' or 'g') || !Words.StartsWordAt(text, i))
            {
                continue;
            }

            var end = MatchAt(text, i);
            if (end > i)
            {
                start = i;
                length = end - i;
                return true;
            }
        }

        start = length = 0;
        return false;
    }

    private static int MatchAt(ReadOnlySpan<char> text, int i)
    {
        if (char.IsAsciiDigit(text[i]))
        {
            // 9th grade, 10th grade
            var numberEnd = Words.SkipDigits(text, i);
            var ordinalEnd = Words.MatchAny(text, numberEnd, ["th", "st", "nd", "rd"]);
            if (ordinalEnd < 0 || !InRange(text, i, numberEnd, 5, 12))
            {
                return -1;
            }

            var grade = Words.MatchAny(text, Words.SkipSpaces(text, ordinalEnd), ["grade", "graders", "grader"]);
            return grade;
        }

        var word = Words.MatchAny(text, i, ["freshman", "sophomore"]);
        if (word >= 0)
        {
            return word;
        }

        var yearEnd = Words.MatchAny(text, i, ["year", "yr", "grade"]);
        if (yearEnd < 0)
        {
            return -1;
        }

        var digits = Words.SkipSpaces(text, yearEnd);
        var digitsEnd = Words.SkipDigits(text, digits);
        var isGrade = char.ToLowerInvariant(text[i]) == 'g';
        return digitsEnd > digits && Words.EndsWordAt(text, digitsEnd)
            && InRange(text, digits, digitsEnd, isGrade ? 5 : 7, isGrade ? 12 : 13) ? digitsEnd : -1;
    }

    private static bool InRange(ReadOnlySpan<char> text, int start, int end, int min, int max) =>
        end - start is 1 or 2 && int.Parse(text[start..end], provider: null) >= min && int.Parse(text[start..end], provider: null) <= max;
}
