using CsCheck;
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
        Assert.Throws<ArgumentException>(() => TextFeaturizer.FeaturizeUnordered("x", new int[10], new float[10]));
    }

    [Fact]
    public void Unordered_features_are_the_sorted_ones_in_another_order() =>
        // Few letters, so words, trigrams and pairs repeat; any character, so the word boundaries are tested too; and
        // one call after another on the same thread, so a bitmap not left empty would show.
        Gen.OneOf(Gen.String[Gen.Char["ab a.b\u00e9\u0416"], 0, 300], Gen.String)
            .Sample(AssertUnorderedEqualsSorted, iter: 2000);

    [Fact]
    public void Unordered_features_of_a_long_repetitive_message_are_counted_exactly()
    {
        AssertUnorderedEqualsSorted(string.Concat(Enumerable.Range(0, 1000).Select(i => $"w{i % 300} ha ")));
    }

    private static void AssertUnorderedEqualsSorted(string text)
    {
        var (indices, values) = Featurize(text);
        var unorderedIndices = new int[TextFeaturizer.MaxFeatures];
        var unorderedValues = new float[TextFeaturizer.MaxFeatures];
        var count = TextFeaturizer.FeaturizeUnordered(text, unorderedIndices, unorderedValues);

        var pairs = unorderedIndices.Zip(unorderedValues).Take(count).OrderBy(pair => pair.First).ToArray();
        Assert.Equal(indices, pairs.Select(pair => pair.First));
        Assert.Equal(values, pairs.Select(pair => pair.Second));
    }
}
