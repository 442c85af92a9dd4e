using Detector.Training.Evaluation;

namespace Detector.Tests.Evaluation;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void Rates_match_hand_computed_values()
    {
        // TP 3, FP 1, TN 4, FN 2.
        var matrix = new ConfusionMatrix(3, 1, 4, 2);

        Assert.Equal(0.75, matrix.Precision!.Value, 12);
        Assert.Equal(0.6, matrix.Recall!.Value, 12);
        Assert.Equal(0.2, matrix.FalsePositiveRate!.Value, 12);
        Assert.Equal(6.0 / 9, matrix.F1!.Value, 12);                    // 2·P·R / (P + R) = 0.9 / 1.35
        Assert.Equal(3.75 / 5.25, matrix.FHalf!.Value, 12);             // 1.25·TP / (1.25·TP + 0.25·FN + FP)
        Assert.Equal(5, matrix.Positives);
        Assert.Equal(5, matrix.Negatives);
    }

    [Fact]
    public void Add_counts_each_decision_in_its_cell()
    {
        var matrix = new ConfusionMatrix()
            .Add(positive: true, flagged: true)
            .Add(positive: true, flagged: false)
            .Add(positive: false, flagged: true)
            .Add(positive: false, flagged: false)
            .Add(positive: false, flagged: false);

        Assert.Equal(new ConfusionMatrix(1, 1, 2, 1), matrix);
    }

    [Fact]
    public void Undefined_rates_are_null_not_zero()
    {
        var nothingFlagged = new ConfusionMatrix(0, 0, 5, 3);
        Assert.Null(nothingFlagged.Precision);
        Assert.Equal(0, nothingFlagged.Recall);
        Assert.Equal(0, nothingFlagged.F1);          // positives missed: F is 0, not undefined

        var empty = new ConfusionMatrix();
        Assert.Null(empty.Precision);
        Assert.Null(empty.Recall);
        Assert.Null(empty.FalsePositiveRate);
        Assert.Null(empty.F1);
    }
}
