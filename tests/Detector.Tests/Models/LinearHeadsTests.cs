using Detector.Models;

namespace Detector.Tests.Models;

public class LinearHeadsTests
{
    /// <summary>
    /// The definition <see cref="LinearHeads.Score"/> must follow to the bit: per head the bias, then feature by feature
    /// the single-precision product of weight and value added in double precision.
    /// </summary>
    private static double Reference(float[] weights, float[] biases, int[] indices, float[] values, int head)
    {
        double score = biases[head];
        for (var i = 0; i < indices.Length; i++)
        {
            score += weights[(indices[i] * biases.Length) + head] * values[i];
        }

        return score;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void Scores_equal_the_scalar_definition_bit_for_bit(int heads)
    {
        const int FeatureCount = 50;
        var random = new Random(heads);
        var weights = Enumerable.Range(0, FeatureCount * heads).Select(_ => (float)((random.NextDouble() - 0.5) * 10)).ToArray();
        var biases = Enumerable.Range(0, heads).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var linear = new LinearHeads(FeatureCount, weights, biases);
        var scores = new double[heads];
        for (var vector = 0; vector < 200; vector++)
        {
            // Every other vector ends with the last feature, whose weights end the array.
            var indices = Enumerable.Range(0, random.Next(0, 30)).Select(_ => random.Next(FeatureCount))
                .Append(vector % 2 == 0 ? FeatureCount - 1 : 0).Distinct().Order().ToArray();
            var values = indices.Select(_ => (float)random.NextDouble()).ToArray();

            linear.Score(indices, values, scores);

            for (var head = 0; head < heads; head++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(Reference(weights, biases, indices, values, head)), BitConverter.DoubleToInt64Bits(scores[head]));
            }
        }
    }

    [Fact]
    public void A_feature_outside_the_space_is_refused()
    {
        var linear = new LinearHeads(4, new float[4 * 7], new float[7]);
        Assert.ThrowsAny<ArgumentException>(() => linear.Score([4], [1f], new double[7]));
        Assert.ThrowsAny<ArgumentException>(() => linear.Score([-1], [1f], new double[7]));
    }
}
