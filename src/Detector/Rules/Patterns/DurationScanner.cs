namespace Detector.Rules.Patterns;

/// <summary>
/// Finds a length of time: a number and a unit (<c>30 minutes</c>, <c>1 hour</c>, <c>24h</c>, <c>48hrs</c>, <c>2 days</c>;
/// the French, Spanish and Tagalog units too: <c>2 heures</c>, <c>3 jours</c>, <c>2 horas</c>, <c>10 minutos</c>,
/// <c>2 oras</c>), or "an hour".
/// </summary>
internal static class DurationScanner
{
    /// <summary>The one unit a duration without a number has ("an hour", "one hour", "half an hour").</summary>
    public const string UnitWithoutNumber = "hour";

    /// <summary>The units a number may have (each read as a whole word); each must hold one of <see cref="PatternScanner"/>'s duration-unit keys.</summary>
    internal static readonly string[] Units =
    [
        "seconds", "second", "secs", "sec", "minutes", "minute", "mins", "min", "hours", "hour", "hrs", "hr",
        "heures", "heure", "horas", "hora", "oras", "h", "days", "day", "weeks", "week",
        "secondes", "seconde", "segundos", "segundo", "minutos", "minuto", "jours", "jour", "días", "dias", "día", "dia",
        "semaines", "semaine", "semanas", "semana", "araw", "linggo",
    ];

    /// <summary>Finds the first duration in <paramref name="text"/>.</summary>
    /// <param name="text">The original text.</param>
    /// <param name="hasDigit">
    /// Whether the text has an ASCII digit. <see cref="PatternScanner"/> only scans a text without one after finding
    /// "hour" in it, so "hour" is then not searched again (a text without either still gets a correct, slower scan).
    /// </param>
    /// <param name="start">The duration's start.</param>
    /// <param name="length">The duration's length.</param>
    public static bool TryFind(ReadOnlySpan<char> text, bool hasDigit, out int start, out int length)
    {
        // Without "hour" in the text only a number can start a duration: jump from digit to digit.
        var digitsOnly = hasDigit && !text.Contains(UnitWithoutNumber, StringComparison.OrdinalIgnoreCase);
        for (var i = 0; i < text.Length; i++)
        {
            if (digitsOnly)
            {
                i = Words.NextDigit(text, i);
                if (i == text.Length)
                {
                    break;
                }
            }

            if (!(char.IsAsciiDigit(text[i]) || (text[i] | 0x20) is 'a' or 'o' or 'h') || !Words.StartsWordAt(text, i))
            {
                continue;
            }

            int unitStart;
            if (char.IsAsciiDigit(text[i]))
            {
                var numberEnd = Words.SkipDigits(text, i);
                unitStart = Words.SkipSpaces(text, numberEnd);
                if (unitStart - numberEnd > 1)
                {
                    i = numberEnd;
                    continue;
                }
            }
            else
            {
                var article = Words.MatchAny(text, i, ["an", "one", "half an"]);
                if (article < 0)
                {
                    continue;
                }

                unitStart = Words.SkipSpaces(text, article);
                if (unitStart == article || Words.MatchAny(text, unitStart, [UnitWithoutNumber]) < 0)
                {
                    continue;
                }
            }

            var unitEnd = Words.MatchAny(text, unitStart, Units);
            if (unitEnd >= 0 && !GoesOnAsLeetspeak(text, unitEnd))
            {
                start = i;
                length = unitEnd - i;
                return true;
            }
        }

        start = length = 0;
        return false;
    }

    /// <summary>
    /// Whether the word goes on past the unit with digits and then letters that are not another unit: in "1 h4ve" the
    /// "h" starts a word of leetspeak, while "1h30" and "2h30min" are durations.
    /// </summary>
    private static bool GoesOnAsLeetspeak(ReadOnlySpan<char> text, int unitEnd)
    {
        var digitsEnd = Words.SkipDigits(text, unitEnd);
        return digitsEnd > unitEnd && digitsEnd < text.Length && char.IsLetter(text[digitsEnd]) && Words.MatchAny(text, digitsEnd, Units) < 0;
    }
}
