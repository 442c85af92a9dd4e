using Detector.Models;

namespace Detector.Tests.Models;

public class TreeEnsembleTests
{
    // x0 <= 0.5 ? (x1 <= 2 ? leaf0 : leaf1) : leaf2
    private static TreeEnsembleTree Stump() => new([0, 1], [0.5f, 2f], [1, ~0], [~2, ~1], [1.0, 2.0, 3.0]);

    [Theory]
    [InlineData(0.0f, 1.0f, 1.0 + 0.25)]
    [InlineData(0.5f, 2.0f, 1.0 + 0.25)]
    [InlineData(0.0f, 3.0f, 2.0 + 0.25)]
    [InlineData(0.6f, 0.0f, 3.0 + 0.25)]
    public void Follows_less_or_equal_to_the_left(float x0, float x1, double expected)
    {
        var ensemble = TreeEnsemble.Create(2, 0.25, [Stump()]);

        Assert.Equal(expected, ensemble.Evaluate([x0, x1]));
    }

    [Fact]
    public void Sums_weighted_trees_and_a_leaf_only_tree()
    {
        var ensemble = TreeEnsemble.Create(2, 0, [Stump() with { Weight = 2 }, new TreeEnsembleTree([], [], [], [], [5.0])]);

        Assert.Equal((2 * 3.0) + 5.0, ensemble.Evaluate([1f, 0f]));
    }

    private static readonly TreeEnsembleTree[] s_malformed =
    [
        new([0], [0f], [~0], [~1], [1.0]),
        new([5], [0f], [~0], [~1], [1.0, 2.0]),
        new([0, 0], [0f, 0f], [1, 1], [~0, ~1], [1, 2, 3]),
        new([0, 0], [0f, 0f], [1, 0], [~0, ~1], [1, 2, 3]),
        new([0], [0f], [~0], [~0], [1.0, 2.0]),
        new([0], [float.NaN], [~0], [~1], [1.0, 2.0]),
        new([0], [0f], [~0], [~7], [1.0, 2.0]),
    ];

    [Theory]
    [InlineData(0, "need 2 leaves")]
    [InlineData(1, "feature 5")]
    [InlineData(2, "more than one parent")]
    [InlineData(3, "out of range")]
    [InlineData(4, "more than one parent")]
    [InlineData(5, "finite")]
    [InlineData(6, "out of range")]
    public void Malformed_trees_are_refused_with_the_reason(int index, string reason)
    {
        var error = Assert.Throws<InvalidDataException>(() => TreeEnsemble.Create(2, 0, [s_malformed[index]]));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
