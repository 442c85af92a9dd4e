using System.Globalization;

namespace Detector.Training.Evaluation;

/// <summary>How reports print figures: three decimals, invariant culture, and <c>n/a</c> for an undefined one.</summary>
internal static class Figure
{
    /// <summary>What an undefined figure prints as.</summary>
    public const string NotApplicable = "n/a";

    /// <summary>A rate or score, e.g. <c>0.913</c>.</summary>
    public static string Of(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : NotApplicable;

    /// <summary>A part of a whole, e.g. <c>41/50 (0.820)</c>.</summary>
    public static string Of(long part, long whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{part}/{whole} ({Of(whole == 0 ? null : (double)part / whole)})");
}
