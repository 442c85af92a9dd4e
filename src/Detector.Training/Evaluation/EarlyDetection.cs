namespace Detector.Training.Evaluation;

/// <summary>
/// How early the sextortion conversations were flagged: for each one flagged, the fraction of its messages seen when
/// it was first flagged; and how often the flag came before the first threat or demand.
/// </summary>
/// <param name="Positives">Conversations labelled sextortion.</param>
/// <param name="Detected">Of those, how many were flagged.</param>
/// <param name="MedianFractionSeen">The median fraction of messages seen at the first flag, over the detected ones.</param>
/// <param name="FractionHistogram">The detected ones by fraction seen, in <see cref="HistogramBins"/> bins: (0, 0.1], (0.1, 0.2], … (0.9, 1].</param>
/// <param name="Curve">The share of all positives flagged (y) once a fraction x of each conversation was seen.</param>
/// <param name="WithThreatOrDemand">Positives with a <c>threat_to_share</c> or <c>payment_demand</c> message.</param>
/// <param name="FlaggedBeforeThreatOrDemand">Of those, how many were flagged on an earlier message.</param>
/// <param name="ThreatFromAnnotations">Of <paramref name="WithThreatOrDemand"/>, how many take that message from annotations (the others from the rules).</param>
internal sealed record EarlyDetection(
    long Positives,
    long Detected,
    double? MedianFractionSeen,
    IReadOnlyList<long> FractionHistogram,
    IReadOnlyList<CurvePoint> Curve,
    long WithThreatOrDemand,
    long FlaggedBeforeThreatOrDemand,
    long ThreatFromAnnotations)
{
    /// <summary>The number of bins of <see cref="FractionHistogram"/>.</summary>
    public const int HistogramBins = 10;

    /// <summary>The share of positives with a threat or demand that were flagged before it.</summary>
    public double? ShareFlaggedBeforeThreatOrDemand =>
        WithThreatOrDemand == 0 ? null : (double)FlaggedBeforeThreatOrDemand / WithThreatOrDemand;

    /// <summary>Computes the figures over the positives of <paramref name="cases"/>.</summary>
    public static EarlyDetection Compute(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<CaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outcomes);
        var fractions = new List<double>();
        var histogram = new long[HistogramBins];
        long positives = 0, withThreat = 0, beforeThreat = 0, fromAnnotations = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var @case = cases[i];
            if (!@case.Positive)
            {
                continue;
            }

            positives++;
            var first = outcomes[i].FirstFlaggedAt;
            if (first >= 0)
            {
                var fraction = FractionSeen(first, @case.MessageCount);
                fractions.Add(fraction);
                histogram[Math.Clamp((int)Math.Ceiling(fraction * HistogramBins) - 1, 0, HistogramBins - 1)]++;
            }

            if (@case.FirstThreatOrDemand >= 0)
            {
                withThreat++;
                fromAnnotations += @case.Annotated ? 1 : 0;
                beforeThreat += first >= 0 && first < @case.FirstThreatOrDemand ? 1 : 0;
            }
        }

        fractions.Sort();
        return new EarlyDetection(positives, fractions.Count, Median(fractions), histogram, CurveOf(fractions, positives),
            withThreat, beforeThreat, fromAnnotations);
    }

    /// <summary>The fraction of a conversation of <paramref name="messageCount"/> messages seen after message <paramref name="index"/>.</summary>
    public static double FractionSeen(int index, int messageCount) => (index + 1.0) / messageCount;

    /// <summary>The median of ascending <paramref name="sorted"/> values (the mean of the middle two for an even count); null when empty.</summary>
    public static double? Median(IReadOnlyList<double> sorted)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        var n = sorted.Count;
        return n == 0 ? null : n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    private static List<CurvePoint> CurveOf(List<double> sortedFractions, long positives)
    {
        if (positives == 0)
        {
            return [];
        }

        var curve = new List<CurvePoint>(sortedFractions.Count + 2) { new(0, 0) };
        for (var i = 0; i < sortedFractions.Count; i++)
        {
            curve.Add(new CurvePoint(sortedFractions[i], (i + 1.0) / positives));
        }

        curve.Add(new CurvePoint(1, (double)sortedFractions.Count / positives));
        return curve;
    }
}
