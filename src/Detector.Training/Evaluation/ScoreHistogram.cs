namespace Detector.Training.Evaluation;

/// <summary>How the final risks are spread, per label, in <see cref="Bins"/> equal bins over [0, 1].</summary>
/// <param name="Positives">Sextortion conversations per bin.</param>
/// <param name="Negatives">Benign conversations per bin.</param>
internal sealed record ScoreHistogram(IReadOnlyList<long> Positives, IReadOnlyList<long> Negatives)
{
    /// <summary>The number of bins; bin i holds risks in [i/Bins, (i+1)/Bins), the last also holds 1.</summary>
    public const int Bins = 20;

    /// <summary>Counts the risks of <paramref name="outcomes"/> by the labels of <paramref name="cases"/>.</summary>
    public static ScoreHistogram Compute(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<CaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outcomes);
        var positives = new long[Bins];
        var negatives = new long[Bins];
        for (var i = 0; i < cases.Count; i++)
        {
            var bin = Math.Clamp((int)(outcomes[i].Risk * Bins), 0, Bins - 1);
            (cases[i].Positive ? positives : negatives)[bin]++;
        }

        return new ScoreHistogram(positives, negatives);
    }
}
