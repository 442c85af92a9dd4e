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

    /// <summary>
    /// A tree of <paramref name="nodes"/> internal nodes in a chain (node n goes left to leaf n, right to node n + 1), so
    /// a descent can test more than 64 nodes and the evaluator's record of the path wraps around. Most nodes always go
    /// right (their threshold is below every feature value): the first 60 all, then one in three.
    /// </summary>
    private static TreeEnsembleTree RandomChain(Random random, int nodes)
    {
        var features = new int[nodes];
        var thresholds = new float[nodes];
        var left = new int[nodes];
        var right = new int[nodes];
        for (var n = 0; n < nodes; n++)
        {
            features[n] = random.Next(FeatureCount);
            thresholds[n] = n >= 60 && random.Next(3) == 0 ? random.Next(0, 5) * 0.25f : -1f;
            left[n] = ~n;
            right[n] = n + 1 < nodes ? n + 1 : ~nodes;
        }

        return new TreeEnsembleTree(features, thresholds, left, right, [.. Enumerable.Range(0, nodes + 1).Select(_ => random.NextDouble() - 0.5)]);
    }

    [Fact]
    public void Scores_every_vector_of_a_sequence_exactly_as_a_full_evaluation()
    {
        var random = new Random(11);
        AssertSequenceScoresExactly(random, TreeEnsemble.Create(FeatureCount, 0.125, [.. Enumerable.Range(0, 37).Select(_ => RandomTree(random))]));
    }

    [Fact]
    public void Scores_trees_of_more_than_64_nodes_exactly_as_a_full_evaluation()
    {
        var random = new Random(12);
        AssertSequenceScoresExactly(random, TreeEnsemble.Create(FeatureCount, -0.5, [.. Enumerable.Range(0, 9).Select(_ => RandomChain(random, 150))]));
    }

    [Fact]
    public void New_sequences_share_the_origin_and_follow_their_own_vectors_exactly()
    {
        var random = new Random(13);
        var ensemble = TreeEnsemble.Create(FeatureCount, 0.25, [.. Enumerable.Range(0, 37).Select(_ => RandomTree(random))]);
        float[] origin = [0.5f, 0.25f, 1f, 0f, 0.75f, 0.5f];
        var template = new IncrementalTreeEvaluator(ensemble, origin);
        var (first, second) = (template.NewSequence(), template.NewSequence());
        var (a, b) = ((float[])origin.Clone(), (float[])origin.Clone());
        for (var step = 0; step < 1000; step++)
        {
            // The two sequences are interleaved and move apart: neither may see the other's vectors.
            a[random.Next(FeatureCount)] = random.Next(-1, 6) * 0.25f;
            b[random.Next(FeatureCount)] = random.Next(20) == 0 ? float.NaN : random.Next(-1, 6) * 0.25f;

            Assert.Equal(BitConverter.DoubleToInt64Bits(ensemble.Evaluate(a)), BitConverter.DoubleToInt64Bits(first.Evaluate(a)));
            Assert.Equal(BitConverter.DoubleToInt64Bits(ensemble.Evaluate(b)), BitConverter.DoubleToInt64Bits(second.Evaluate(b)));
        }

        // A sequence made after the others moved still starts from the origin.
        Assert.Equal(BitConverter.DoubleToInt64Bits(ensemble.Evaluate(origin)), BitConverter.DoubleToInt64Bits(template.NewSequence().Evaluate(origin)));
    }

    private static void AssertSequenceScoresExactly(Random random, TreeEnsemble ensemble)
    {
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
