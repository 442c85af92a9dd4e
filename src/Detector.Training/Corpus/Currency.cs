using System.Globalization;

namespace Detector.Training.Corpus;

/// <summary>How one currency's amounts are written, and the amounts a perpetrator asks for and lowers to.</summary>
/// <param name="Format">The amount's text with <c>{n}</c> for the number, e.g. <c>£{n}</c> or <c>{n} €</c>.</param>
/// <param name="Thousands">The thousands separator, e.g. <c>,</c> or a space.</param>
/// <param name="Amounts">Typical first demands.</param>
/// <param name="LowAmounts">Typical lowered amounts (negotiation).</param>
internal sealed record Currency(string Format, string Thousands, IReadOnlyList<int> Amounts, IReadOnlyList<int> LowAmounts)
{
    public string Write(int value) =>
        Format.Replace("{n}", value.ToString("#,0", CultureInfo.InvariantCulture).Replace(",", Thousands, StringComparison.Ordinal),
            StringComparison.Ordinal);
}
