using Detector.Training.Evaluation;

namespace Detector.Tests.Evaluation;

public sealed class EarlyDetectionTests
{
    private static EvaluationCase Positive(int messages, int firstThreat) => new(true, messages, "en", 0, true, firstThreat);

    [Fact]
    public void Fractions_median_histogram_and_before_threat_match_hand_computed_values()
    {
        EvaluationCase[] cases =
        [
            Positive(10, firstThreat: 6),             // flagged after message 4: 5/10 seen, before the threat
            Positive(4, firstThreat: 0),              // flagged after message 0: 1/4 seen, on the threat itself (not before)
            Positive(5, firstThreat: 2),              // never flagged
            Positive(8, firstThreat: -1),             // flagged after message 7: all seen; no threat message
            new(false, 6, "en", 0, false, -1),        // benign, flagged: not counted
        ];
        CaseOutcome[] outcomes = [new(0.9, true, 4), new(0.8, true, 0), new(0.1, false, -1), new(0.6, true, 7), new(0.7, true, 2)];

        var early = EarlyDetection.Compute(cases, outcomes);

        Assert.Equal(4, early.Positives);
        Assert.Equal(3, early.Detected);
        Assert.Equal(0.5, early.MedianFractionSeen);                               // median of 0.25, 0.5, 1
        Assert.Equal([0, 0, 1, 0, 1, 0, 0, 0, 0, 1], early.FractionHistogram);     // (0.2, 0.3], (0.4, 0.5], (0.9, 1]
        Assert.Equal(3, early.WithThreatOrDemand);
        Assert.Equal(1, early.FlaggedBeforeThreatOrDemand);
        Assert.Equal(1.0 / 3, early.ShareFlaggedBeforeThreatOrDemand!.Value, 12);
        Assert.Equal(3, early.ThreatFromAnnotations);
        Assert.Equal([new(0, 0), new(0.25, 0.25), new(0.5, 0.5), new(1, 0.75), new(1, 0.75)], early.Curve);
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two()
    {
        Assert.Equal(0.5, EarlyDetection.Median([0.2, 0.4, 0.6, 1.0])!.Value, 12);
        Assert.Equal(0.3, EarlyDetection.Median([0.3])!.Value, 12);
        Assert.Null(EarlyDetection.Median([]));
    }

    [Fact]
    public void Without_positives_there_is_nothing_to_report()
    {
        var early = EarlyDetection.Compute([new(false, 3, "en", 0, false, -1)], [new(0.9, true, 1)]);

        Assert.Equal(0, early.Positives);
        Assert.Null(early.MedianFractionSeen);
        Assert.Null(early.ShareFlaggedBeforeThreatOrDemand);
        Assert.Empty(early.Curve);
    }
}
