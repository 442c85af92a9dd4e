using Detector.Models;

namespace Detector.Scoring;

/// <summary>
/// Turns risk, stage and self-harm into a <see cref="RiskLevel"/>. Risk below <c>low</c> is <c>none</c>; from <c>low</c>,
/// <c>medium</c> and the threshold up it is <c>low</c>, <c>medium</c> and <c>high</c>; from <c>critical</c> up, or when a
/// flagged conversation has reached a threat or a demand, it is <c>critical</c>; any sign of self-harm makes it at least
/// <c>high</c>, whatever the risk.
/// </summary>
internal sealed class LevelPolicy
{
    private readonly LevelCutoffs _cutoffs;
    private readonly double _threshold;

    private LevelPolicy(LevelCutoffs cutoffs, double threshold)
    {
        _cutoffs = cutoffs;
        _threshold = threshold;
    }

    /// <summary>
    /// The policy for <paramref name="threshold"/>: the trained cut-offs when given and consistent with it, otherwise
    /// cut-offs at 40 % and 70 % of the threshold and critical halfway from it to 1; the cut-offs the caller set in
    /// <paramref name="options"/> replace them (a default cut-off gives way to a set one so that they stay in order).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The cut-offs set are not in order around the threshold.</exception>
    public static LevelPolicy For(LevelCutoffs? trained, double threshold, DetectorOptions? options = null)
    {
        var defaults = trained is { } t && t.Medium <= threshold && threshold <= t.Critical
            ? t
            : new LevelCutoffs(0.4 * threshold, 0.7 * threshold, threshold + ((1 - threshold) / 2));
        var medium = options?.MediumAt ?? Math.Max(defaults.Medium, options?.LowAt ?? 0);
        var cutoffs = new LevelCutoffs(
            options?.LowAt ?? Math.Min(defaults.Low, medium),
            medium,
            options?.CriticalAt ?? defaults.Critical);
        if (!AreOrdered([cutoffs.Low, cutoffs.Medium, threshold, cutoffs.Critical]))
        {
            throw new ArgumentOutOfRangeException(nameof(options), OrderProblem(cutoffs.Low, cutoffs.Medium, threshold, cutoffs.Critical));
        }

        return new LevelPolicy(cutoffs, threshold);
    }

    /// <summary>Whether the values given (nulls skipped) are each in [0, 1] and never decrease.</summary>
    internal static bool AreOrdered(ReadOnlySpan<double?> values)
    {
        var previous = 0.0;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                continue;
            }

            if (!(v >= previous && v <= 1))
            {
                return false;
            }

            previous = v;
        }

        return true;
    }

    /// <summary>The message for cut-offs out of order (a value that is not set is shown as "default").</summary>
    internal static string OrderProblem(double? low, double? medium, double? threshold, double? critical) =>
        $"The level cut-offs must satisfy 0 <= LowAt <= MediumAt <= Threshold <= CriticalAt <= 1, but LowAt is {Show(low)}, "
        + $"MediumAt {Show(medium)}, Threshold {Show(threshold)} and CriticalAt {Show(critical)}.";

    private static string Show(double? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "default";

    public RiskLevel LevelOf(double risk, Stage stage, bool selfHarm)
    {
        var level = risk >= _cutoffs.Critical ? RiskLevel.Critical
            : risk >= _threshold ? (stage >= Stage.Threat ? RiskLevel.Critical : RiskLevel.High)
            : risk >= _cutoffs.Medium ? RiskLevel.Medium
            : ReachesLow(risk) ? RiskLevel.Low
            : RiskLevel.None;
        return selfHarm && level < RiskLevel.High ? RiskLevel.High : level;
    }

    /// <summary>Whether <paramref name="risk"/> alone (without self-harm) makes the level at least <see cref="RiskLevel.Low"/>.</summary>
    public bool ReachesLow(double risk) => risk >= _cutoffs.Low && risk > 0;
}
