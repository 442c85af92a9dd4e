using System.Buffers;

namespace Detector.Rules.Patterns;

/// <summary>Runs a <see cref="BuiltInPattern"/> over original text and names the patterns on the wire.</summary>
internal static class PatternScanner
{
    /// <summary>Every school year has one of these words ("year 9", "9th grade", "freshman").</summary>
    private static readonly SearchValues<string> s_schoolYearWords = SearchValues.Create(["freshman", "sophomore", "year", "yr", "grade"], StringComparison.OrdinalIgnoreCase);
    /// <summary>A duration without a digit has this word ("an hour"); <see cref="DurationScanner"/> counts on this check to skip a second search.</summary>
    private static readonly SearchValues<string> s_durationWords = SearchValues.Create([DurationScanner.UnitWithoutNumber], StringComparison.OrdinalIgnoreCase);
    /// <summary>Every duration unit has one of these (hours, hrs, heures, horas and "h" an 'h').</summary>
    private static readonly SearchValues<string> s_durationUnits = SearchValues.Create(
        ["h", "sec", "seg", "min", "day", "week", "ora", "jour", "dia", "día", "sem", "araw", "linggo"], StringComparison.OrdinalIgnoreCase);
    private static readonly string[] s_names =
        ["money_amount", "btc_address", "eth_address", "iban", "gift_card_code", "cashtag", "age_under_18", "school_year", "duration"];

    /// <summary>The wire names, indexed by <see cref="BuiltInPattern"/>.</summary>
    public static IReadOnlyList<string> Names => s_names;

    public static bool TryParse(string name, out BuiltInPattern pattern)
    {
        var index = Array.IndexOf(s_names, name);
        pattern = (BuiltInPattern)Math.Max(index, 0);
        return index >= 0;
    }

    /// <summary>Finds the first occurrence of <paramref name="pattern"/> in <paramref name="text"/>.</summary>
    public static bool TryFind(BuiltInPattern pattern, ReadOnlySpan<char> text, out int start, out int length) =>
        TryFind(pattern, text, HasDigit(text), out start, out length);

    /// <summary>Whether <paramref name="text"/> has an ASCII digit (found once per message, for <see cref="TryFind(BuiltInPattern, ReadOnlySpan{char}, bool, out int, out int)"/>).</summary>
    public static bool HasDigit(ReadOnlySpan<char> text) => text.ContainsAny(Tokens.Digits); // (ContainsAnyInRange allocates on .NET 10)

    /// <summary>Finds the first occurrence of <paramref name="pattern"/>, given whether the text has a digit.</summary>
    public static bool TryFind(BuiltInPattern pattern, ReadOnlySpan<char> text, bool hasDigit, out int start, out int length)
    {
        if (!MayOccur(pattern, text, hasDigit))
        {
            start = length = 0;
            return false;
        }

        return Scan(pattern, text, hasDigit, out start, out length);
    }

    /// <summary>
    /// A vectorised pre-check: every pattern needs a digit, a '$' or a rare word, and most chat
    /// messages have none, so most scans end here.
    /// </summary>
    private static bool MayOccur(BuiltInPattern pattern, ReadOnlySpan<char> text, bool hasDigit) =>
        pattern switch
        {
            BuiltInPattern.Cashtag => text.Contains('$'),
            BuiltInPattern.SchoolYear => text.ContainsAny(s_schoolYearWords),
            BuiltInPattern.Duration => (hasDigit || text.ContainsAny(s_durationWords)) && text.ContainsAny(s_durationUnits),
            _ => hasDigit,
        };

    private static bool Scan(BuiltInPattern pattern, ReadOnlySpan<char> text, bool hasDigit, out int start, out int length) => pattern switch
    {
        BuiltInPattern.MoneyAmount => MoneyAmountScanner.TryFind(text, out start, out length),
        BuiltInPattern.BtcAddress => BitcoinAddressScanner.TryFind(text, out start, out length),
        BuiltInPattern.EthAddress => EthereumAddressScanner.TryFind(text, out start, out length),
        BuiltInPattern.Iban => IbanScanner.TryFind(text, out start, out length),
        BuiltInPattern.GiftCardCode => GiftCardCodeScanner.TryFind(text, out start, out length),
        BuiltInPattern.Cashtag => CashtagScanner.TryFind(text, out start, out length),
        BuiltInPattern.AgeUnder18 => AgeScanner.TryFind(text, out start, out length),
        BuiltInPattern.SchoolYear => SchoolYearScanner.TryFind(text, out start, out length),
        BuiltInPattern.Duration => DurationScanner.TryFind(text, hasDigit, out start, out length),
        _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
    };
}
