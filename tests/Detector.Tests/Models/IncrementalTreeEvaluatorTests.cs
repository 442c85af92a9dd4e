using Detector.Models;

namespace Detector.Tests.Models;

public class IncrementalTreeEvaluatorTests
{
    private const int FeatureCount = 6;

    /// <summary>A complete tree of depth 3 (7 nodes, 8 leaves) with random splits on a few coarse thresholds.</summary>
    private static TreeEnsembleTree RandomTree(Random random)
    {
        var features = new int[7];
        var thresholds = new float[7];
        int[] left = [1, 3, 5, ~0, ~2, ~4, ~6];
        int[] right = [2, 4, 6, ~1, ~3, ~5, ~7];
        for (var n = 0; n < 7; n++)
        {
            features[n] = random.Next(FeatureCount);
            thresholds[n] = random.Next(0, 5) * 0.25f;
        }

        return new TreeEnsembleTree(features, thresholds, left, right, [.. Enumerable.Range(0, 8).Select(_ => random.NextDouble() - 0.5)], Weight: 0.5 + random.NextDouble());
    }

    [Fact]
    public void Scores_every_vector_of_a_sequence_exactly_as_a_full_evaluation()
    {
        var random = new Random(11);
        var ensemble = TreeEnsemble.Create(FeatureCount, 0.125, [.. Enumerable.Range(0, 37).Select(_ => RandomTree(random))]);
        var evaluator = new IncrementalTreeEvaluator(ensemble);
        var features = new float[FeatureCount];
        for (var step = 0; step < 2000; step++)
        {
            if (step % 500 == 0)
            {
                evaluator.Reset();
            }

            // A few features move each step, often onto or across a threshold, sometimes to NaN and back.
            for (var k = random.Next(0, 3); k > 0; k--)
            {
                features[random.Next(FeatureCount)] = random.Next(20) == 0 ? float.NaN : random.Next(-1, 6) * 0.25f;
            }

            var expected = ensemble.Evaluate(features);
            var actual = evaluator.Evaluate(features);
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(actual));
        }
    }
}
