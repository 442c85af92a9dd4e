namespace Detector.Training.Evaluation;

/// <summary>
/// The threshold-free metrics: every distinct score taken as the threshold in turn, highest first, with the
/// true and false positives at each. Conversations with equal scores cross a threshold together, so ties are counted
/// as the usual definitions require (ROC-AUC counts a tied positive–negative pair as half right).
/// </summary>
internal sealed class ThresholdSweep
{
    private readonly (double Threshold, long TruePositives, long FalsePositives)[] _steps;

    private ThresholdSweep((double, long, long)[] steps, long positives, long negatives)
    {
        _steps = steps;
        Positives = positives;
        Negatives = negatives;
    }

    /// <summary>Conversations labelled sextortion.</summary>
    public long Positives { get; }

    /// <summary>Conversations labelled benign.</summary>
    public long Negatives { get; }

    /// <summary>Sorts <paramref name="scores"/> (a copy) and sweeps them.</summary>
    public static ThresholdSweep Of(IEnumerable<LabelledScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var sorted = scores.ToArray();
        Array.Sort(sorted, static (a, b) => b.Score.CompareTo(a.Score));
        var steps = new List<(double, long, long)>();
        long truePositives = 0, falsePositives = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            if (sorted[i].Positive)
            {
                truePositives++;
            }
            else
            {
                falsePositives++;
            }

            if (i == sorted.Length - 1 || sorted[i + 1].Score != sorted[i].Score)
            {
                steps.Add((sorted[i].Score, truePositives, falsePositives));
            }
        }

        return new ThresholdSweep([.. steps], truePositives, falsePositives);
    }

    /// <summary>The ROC curve from (0, 0) to (1, 1): false-positive rate against true-positive rate; empty without both labels.</summary>
    public IReadOnlyList<CurvePoint> RocCurve()
    {
        if (Positives == 0 || Negatives == 0)
        {
            return [];
        }

        var points = new List<CurvePoint>(_steps.Length + 1) { new(0, 0) };
        points.AddRange(_steps.Select(step => new CurvePoint((double)step.FalsePositives / Negatives, (double)step.TruePositives / Positives)));
        return points;
    }

    /// <summary>The area under the ROC curve (trapezoids, so ties count half); <see langword="null"/> without both labels.</summary>
    public double? RocAuc()
    {
        var curve = RocCurve();
        if (curve.Count == 0)
        {
            return null;
        }

        var area = 0.0;
        for (var i = 1; i < curve.Count; i++)
        {
            area += (curve[i].X - curve[i - 1].X) * (curve[i].Y + curve[i - 1].Y) / 2;
        }

        return area;
    }

    /// <summary>The precision–recall curve at each threshold, highest first: recall against precision; empty without positives.</summary>
    public IReadOnlyList<CurvePoint> PrecisionRecallCurve() => Positives == 0
        ? []
        : [.. _steps.Select(step => new CurvePoint((double)step.TruePositives / Positives, (double)step.TruePositives / (step.TruePositives + step.FalsePositives)))];

    /// <summary>
    /// Average precision (PR-AUC): Σ (Rₖ − Rₖ₋₁)·Pₖ over the thresholds, the precision at each weighted by the recall it
    /// adds; <see langword="null"/> without positives.
    /// </summary>
    public double? AveragePrecision()
    {
        if (Positives == 0)
        {
            return null;
        }

        var sum = 0.0;
        var previousRecall = 0.0;
        foreach (var point in PrecisionRecallCurve())
        {
            sum += (point.X - previousRecall) * point.Y;
            previousRecall = point.X;
        }

        return sum;
    }
}
