using Detector.Models;

namespace Detector.Tests.Models;

public class TextFeaturizerTests
{
    private static (int[] Indices, float[] Values) Featurize(string text)
    {
        var indices = new int[TextFeaturizer.MaxFeatures];
        var values = new float[TextFeaturizer.MaxFeatures];
        var count = TextFeaturizer.Featurize(text, indices, values);
        return (indices[..count], values[..count]);
    }

    [Fact]
    public void Features_are_sorted_distinct_in_range_and_unit_length()
    {
        var (indices, values) = Featurize("send the money now or everyone sees the video the video");

        Assert.NotEmpty(indices);
        Assert.Equal(indices.Order().Distinct(), indices);
        Assert.All(indices, i => Assert.InRange(i, 0, TextFeaturizer.FeatureCount - 1));
        Assert.Equal(1.0, Math.Sqrt(values.Sum(v => (double)v * v)), 1e-6);
    }

    [Fact]
    public void Repeated_words_weigh_more_than_single_ones()
    {
        var (indices, values) = Featurize("pay pay pay now");
        var (payOnly, _) = Featurize("pay");

        // The word "pay" itself is among the features of "pay" and counted three times in the longer text.
        var shared = payOnly.Intersect(indices).ToArray();
        Assert.NotEmpty(shared);
        Assert.Equal(values.Max(), values[Array.IndexOf(indices, shared[0])]);
    }

    [Fact]
    public void Same_text_gives_same_features_and_word_order_matters_through_pairs()
    {
        Assert.Equal(Featurize("i recorded you").Indices, Featurize("i recorded you").Indices);
        Assert.NotEqual(Featurize("i recorded you").Indices, Featurize("you recorded i").Indices);
    }

    [Fact]
    public void Empty_and_separator_only_text_have_no_features()
    {
        Assert.Empty(Featurize(string.Empty).Indices);
        Assert.Empty(Featurize("  ... !!! ").Indices);
    }

    [Fact]
    public void Only_the_first_MaxCharacters_are_read_and_buffers_always_suffice()
    {
        var huge = string.Concat(Enumerable.Repeat("a ", 1_000_000));
        var longest = new string('x', TextFeaturizer.MaxCharacters);

        var (hugeIndices, _) = Featurize(huge);
        var (longIndices, _) = Featurize(longest);

        Assert.Equal(Featurize(huge[..TextFeaturizer.MaxCharacters]).Indices, hugeIndices);
        Assert.NotEmpty(longIndices);
    }

    [Fact]
    public void Buffers_that_are_too_small_are_refused()
    {
        Assert.Throws<ArgumentException>(() => TextFeaturizer.Featurize("x", new int[10], new float[10]));
    }
}
