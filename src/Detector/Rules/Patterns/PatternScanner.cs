namespace Detector.Rules.Patterns;

/// <summary>Runs a <see cref="BuiltInPattern"/> over original text and names the patterns on the wire.</summary>
internal static class PatternScanner
{
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
    public static bool TryFind(BuiltInPattern pattern, ReadOnlySpan<char> text, out int start, out int length) => pattern switch
    {
        BuiltInPattern.MoneyAmount => MoneyAmountScanner.TryFind(text, out start, out length),
        BuiltInPattern.BtcAddress => BitcoinAddressScanner.TryFind(text, out start, out length),
        BuiltInPattern.EthAddress => EthereumAddressScanner.TryFind(text, out start, out length),
        BuiltInPattern.Iban => IbanScanner.TryFind(text, out start, out length),
        BuiltInPattern.GiftCardCode => GiftCardCodeScanner.TryFind(text, out start, out length),
        BuiltInPattern.Cashtag => CashtagScanner.TryFind(text, out start, out length),
        BuiltInPattern.AgeUnder18 => AgeScanner.TryFind(text, out start, out length),
        BuiltInPattern.SchoolYear => SchoolYearScanner.TryFind(text, out start, out length),
        BuiltInPattern.Duration => DurationScanner.TryFind(text, out start, out length),
        _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
    };
}
