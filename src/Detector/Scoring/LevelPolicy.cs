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
    /// cut-offs at 40 % and 70 % of the threshold and critical halfway from it to 1.
    /// </summary>
    public static LevelPolicy For(LevelCutoffs? trained, double threshold)
    {
        var cutoffs = trained is { } t && t.Medium <= threshold && threshold <= t.Critical
            ? t
            : new LevelCutoffs(0.4 * threshold, 0.7 * threshold, threshold + ((1 - threshold) / 2));
        return new LevelPolicy(cutoffs, threshold);
    }

    public RiskLevel LevelOf(double risk, Stage stage, bool selfHarm)
    {
        var level = risk >= _cutoffs.Critical ? RiskLevel.Critical
            : risk >= _threshold ? (stage >= Stage.Threat ? RiskLevel.Critical : RiskLevel.High)
            : risk >= _cutoffs.Medium ? RiskLevel.Medium
            : risk >= _cutoffs.Low && risk > 0 ? RiskLevel.Low
            : RiskLevel.None;
        return selfHarm && level < RiskLevel.High ? RiskLevel.High : level;
    }
}
