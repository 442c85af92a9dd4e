using CsCheck;
using Detector.Training.Evaluation;

namespace Detector.Tests.Evaluation;

public sealed class ThresholdSweepTests
{
    private static ThresholdSweep Sweep(double[] positives, double[] negatives) => ThresholdSweep.Of(
        positives.Select(s => new LabelledScore(s, true)).Concat(negatives.Select(s => new LabelledScore(s, false))));

    [Fact]
    public void Roc_auc_counts_tied_pairs_as_half()
    {
        // Pairs (positive, negative): (0.9, 0.5) 1, (0.9, 0.1) 1, (0.5, 0.5) ½ twice, (0.5, 0.1) 1 twice → 5 of 6.
        var sweep = Sweep([0.9, 0.5, 0.5], [0.5, 0.1]);

        Assert.Equal(5.0 / 6, sweep.RocAuc()!.Value, 12);
    }

    [Fact]
    public void Roc_auc_of_perfect_reversed_and_constant_scores()
    {
        Assert.Equal(1, Sweep([0.9, 0.8], [0.2, 0.1]).RocAuc()!.Value, 12);
        Assert.Equal(0, Sweep([0.2, 0.1], [0.9, 0.8]).RocAuc()!.Value, 12);
        Assert.Equal(0.5, Sweep([0.5, 0.5], [0.5, 0.5, 0.5]).RocAuc()!.Value, 12);
    }

    [Fact]
    public void Average_precision_weights_each_precision_by_the_recall_it_adds()
    {
        // Thresholds 0.8: R ½ P 1; 0.6: R ½ P ½; 0.4: R 1 P ⅔; 0.2: R 1 P ½ → ½·1 + ½·⅔.
        var sweep = Sweep([0.8, 0.4], [0.6, 0.2]);

        Assert.Equal(0.75, sweep.RocAuc()!.Value, 12);
        Assert.Equal(0.5 + (1.0 / 3), sweep.AveragePrecision()!.Value, 12);
    }

    [Fact]
    public void Average_precision_with_ties_uses_the_precision_of_the_whole_tied_group()
    {
        // 0.9: R ⅓ P 1; 0.5 (two positives, one negative): R 1 P ¾ → ⅓ + ⅔·¾.
        var sweep = Sweep([0.9, 0.5, 0.5], [0.5, 0.1]);

        Assert.Equal((1.0 / 3) + 0.5, sweep.AveragePrecision()!.Value, 12);
        Assert.Equal([new(1.0 / 3, 1), new(1, 0.75), new(1, 0.6)], sweep.PrecisionRecallCurve());
    }

    [Fact]
    public void Without_both_labels_the_ranking_figures_are_undefined()
    {
        Assert.Null(Sweep([0.3], []).RocAuc());
        Assert.Empty(Sweep([0.3], []).RocCurve());
        Assert.Null(Sweep([], [0.3]).AveragePrecision());
        Assert.Null(Sweep([], []).RocAuc());
    }

    [Fact]
    public void Roc_curve_runs_from_origin_to_one_one()
    {
        var curve = Sweep([0.8, 0.4], [0.6, 0.2]).RocCurve();

        Assert.Equal([new(0, 0), new(0, 0.5), new(0.5, 0.5), new(0.5, 1), new(1, 1)], curve);
    }

    [Fact]
    public void Roc_auc_equals_the_share_of_correctly_ordered_pairs()
    {
        // Scores from a few values, so ties are common.
        var scores = Gen.Select(Gen.Int[0, 5], Gen.Bool, (score, positive) => new LabelledScore(score / 5.0, positive)).Array[1, 30];
        scores.Sample(sample =>
        {
            var positives = sample.Where(s => s.Positive).Select(s => s.Score).ToArray();
            var negatives = sample.Where(s => !s.Positive).Select(s => s.Score).ToArray();
            var auc = ThresholdSweep.Of(sample).RocAuc();
            if (positives.Length == 0 || negatives.Length == 0)
            {
                return auc is null;
            }

            var pairs = positives.Sum(p => negatives.Sum(n => p > n ? 1.0 : p == n ? 0.5 : 0));
            return Math.Abs(auc!.Value - (pairs / (positives.Length * negatives.Length))) < 1e-9;
        });
    }
}
