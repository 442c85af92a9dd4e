namespace Detector.Training.Evaluation;

/// <summary>Every figure an evaluation reports for one scorer.</summary>
/// <param name="Threshold">The risk at or above which the scorer flags.</param>
/// <param name="Confusion">The decisions at <paramref name="Threshold"/> against the labels.</param>
/// <param name="RocAuc">The area under the ROC curve.</param>
/// <param name="AveragePrecision">The average precision (PR-AUC).</param>
/// <param name="RocCurve">The ROC curve, thinned to at most <see cref="MaxCurvePoints"/> points.</param>
/// <param name="PrecisionRecallCurve">The precision–recall curve, thinned likewise.</param>
/// <param name="Histogram">The final risks by label.</param>
/// <param name="EarlyDetection">How early positives were flagged.</param>
/// <param name="Tactics">Recall per annotated tactic; <see langword="null"/> when the data has no annotations.</param>
/// <param name="Languages">Recall per (guessed) language.</param>
/// <param name="FurthestStages">Recall per furthest annotated stage; <see langword="null"/> when the data has no annotations.</param>
internal sealed record ScorerMetrics(
    double Threshold,
    ConfusionMatrix Confusion,
    double? RocAuc,
    double? AveragePrecision,
    IReadOnlyList<CurvePoint> RocCurve,
    IReadOnlyList<CurvePoint> PrecisionRecallCurve,
    ScoreHistogram Histogram,
    EarlyDetection EarlyDetection,
    IReadOnlyList<GroupRecall>? Tactics,
    IReadOnlyList<GroupRecall> Languages,
    IReadOnlyList<GroupRecall>? FurthestStages)
{
    /// <summary>The most points a curve keeps for the report and charts.</summary>
    public const int MaxCurvePoints = 400;

    /// <summary>Computes the figures for one scorer's <paramref name="outcomes"/> (parallel to <paramref name="cases"/>).</summary>
    public static ScorerMetrics Compute(double threshold, IReadOnlyList<EvaluationCase> cases, IReadOnlyList<CaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outcomes);
        if (cases.Count != outcomes.Count)
        {
            throw new ArgumentException("There must be one outcome per case.", nameof(outcomes));
        }

        var confusion = new ConfusionMatrix();
        for (var i = 0; i < cases.Count; i++)
        {
            confusion = confusion.Add(cases[i].Positive, outcomes[i].Flagged);
        }

        var sweep = ThresholdSweep.Of(cases.Select((c, i) => new LabelledScore(outcomes[i].Risk, c.Positive)));
        var early = EarlyDetection.Compute(cases, outcomes);
        return new ScorerMetrics(
            threshold,
            confusion,
            sweep.RocAuc(),
            sweep.AveragePrecision(),
            CurvePoint.Thin(sweep.RocCurve(), MaxCurvePoints),
            CurvePoint.Thin(sweep.PrecisionRecallCurve(), MaxCurvePoints),
            ScoreHistogram.Compute(cases, outcomes),
            early with { Curve = CurvePoint.Thin(early.Curve, MaxCurvePoints) },
            GroupRecall.ByTactic(cases, outcomes),
            GroupRecall.ByLanguage(cases, outcomes),
            GroupRecall.ByFurthestStage(cases, outcomes));
    }
}
