namespace Detector.Training.Evaluation;

/// <summary>
/// Counts of a binary decision against the labels (sextortion is the positive class), and the rates read from them.
/// A rate whose denominator is zero is <see langword="null"/> (undefined), never a made-up 0 or 1.
/// </summary>
internal readonly record struct ConfusionMatrix(long TruePositives, long FalsePositives, long TrueNegatives, long FalseNegatives)
{
    /// <summary>Labelled sextortion.</summary>
    public long Positives => TruePositives + FalseNegatives;

    /// <summary>Labelled benign.</summary>
    public long Negatives => FalsePositives + TrueNegatives;

    /// <summary>Of the flagged conversations, the share that are sextortion.</summary>
    public double? Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>Of the sextortion conversations, the share flagged.</summary>
    public double? Recall => Ratio(TruePositives, Positives);

    /// <summary>Of the benign conversations, the share flagged.</summary>
    public double? FalsePositiveRate => Ratio(FalsePositives, Negatives);

    /// <summary>The harmonic mean of precision and recall.</summary>
    public double? F1 => FScore(1);

    /// <summary>The F-score that weighs precision twice as much as recall.</summary>
    public double? FHalf => FScore(0.5);

    /// <summary>Adds one decision.</summary>
    public ConfusionMatrix Add(bool positive, bool flagged) => (positive, flagged) switch
    {
        (true, true) => this with { TruePositives = TruePositives + 1 },
        (true, false) => this with { FalseNegatives = FalseNegatives + 1 },
        (false, true) => this with { FalsePositives = FalsePositives + 1 },
        (false, false) => this with { TrueNegatives = TrueNegatives + 1 },
    };

    /// <summary>
    /// F-beta, (1 + β²)·TP / ((1 + β²)·TP + β²·FN + FP): 0 when nothing was found, undefined only when there are
    /// neither positives nor flags.
    /// </summary>
    public double? FScore(double beta)
    {
        var b2 = beta * beta;
        var denominator = ((1 + b2) * TruePositives) + (b2 * FalseNegatives) + FalsePositives;
        return denominator == 0 ? null : (1 + b2) * TruePositives / denominator;
    }

    private static double? Ratio(long numerator, long denominator) => denominator == 0 ? null : (double)numerator / denominator;
}
