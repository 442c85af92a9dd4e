namespace Detector.Models;

/// <summary>One regression tree of a <see cref="TreeEnsemble"/>, in ML.NET's layout (see <see cref="TreeEnsemble"/>).</summary>
/// <param name="SplitFeature">For each internal node, the feature it tests.</param>
/// <param name="Threshold">For each internal node, the threshold: <c>feature &lt;= threshold</c> goes left.</param>
/// <param name="Left">For each internal node, the left child: a node index, or <c>~leaf</c>.</param>
/// <param name="Right">For each internal node, the right child: a node index, or <c>~leaf</c>.</param>
/// <param name="LeafValues">The value of each leaf. A tree with no internal node has one leaf.</param>
/// <param name="Weight">The tree's weight in the ensemble's sum.</param>
internal sealed record TreeEnsembleTree(int[] SplitFeature, float[] Threshold, int[] Left, int[] Right, double[] LeafValues, double Weight = 1.0)
{
    internal void Validate(int treeIndex, int featureCount)
    {
        var nodes = SplitFeature.Length;
        if (Threshold.Length != nodes || Left.Length != nodes || Right.Length != nodes)
        {
            throw Malformed(treeIndex, "node arrays differ in length");
        }

        if (LeafValues.Length != nodes + 1)
        {
            throw Malformed(treeIndex, $"{nodes} internal nodes need {nodes + 1} leaves, found {LeafValues.Length}");
        }

        if (!double.IsFinite(Weight) || Array.Exists(LeafValues, v => !double.IsFinite(v)) || Array.Exists(Threshold, float.IsNaN))
        {
            throw Malformed(treeIndex, "a weight, threshold or leaf value is not a finite number");
        }

        // The root (node 0) is no node's child and every other node or leaf is the child of at most one node, so a
        // walk from the root can never revisit a node: evaluation always terminates.
        var nodeParents = new int[nodes];
        var leafParents = new int[nodes + 1];
        for (var n = 0; n < nodes; n++)
        {
            if ((uint)SplitFeature[n] >= (uint)featureCount)
            {
                throw Malformed(treeIndex, $"node {n} splits on feature {SplitFeature[n]}, outside 0..{featureCount - 1}");
            }

            foreach (var child in (ReadOnlySpan<int>)[Left[n], Right[n]])
            {
                if (child >= 0 ? child == 0 || child >= nodes : ~child > nodes)
                {
                    throw Malformed(treeIndex, $"node {n} has child {child} out of range");
                }

                if (child >= 0 ? ++nodeParents[child] > 1 : ++leafParents[~child] > 1)
                {
                    throw Malformed(treeIndex, $"child {child} has more than one parent");
                }
            }
        }

        if (nodes > 0 && Array.IndexOf(leafParents, 0) >= 0)
        {
            throw Malformed(treeIndex, "a leaf is unreachable");
        }
    }

    private static InvalidDataException Malformed(int treeIndex, string problem) =>
        new($"Tree {treeIndex} is malformed: {problem}.");
}
