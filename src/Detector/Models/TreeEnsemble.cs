using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Detector.Models;

/// <summary>
/// A gradient-boosted tree ensemble (as trained by ML.NET's FastTree), evaluated by Detector's own code so
/// scoring needs neither ML.NET nor an allocation. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>
/// Each tree's internal nodes are stored together as compact <see cref="Node"/>s (feature, threshold and both children
/// side by side, so a step of the descent reads one small record). A node sends a feature vector left when
/// <c>features[Feature] &lt;= Threshold</c>, as ML.NET does; a child index that is negative, <c>~leaf</c>, names leaf
/// <c>leaf</c> of the same tree. Each leaf stores its value already multiplied by the tree's weight.
/// </para>
/// <para>
/// The score is the bias plus the trees' outputs summed in a fixed order (<see cref="Total"/>): eight running sums,
/// tree <c>t</c> adding to sum <c>t % 8</c>. <see cref="IncrementalTreeEvaluator"/> re-evaluates only the trees a change
/// of features can affect and sums in the same order, so its scores are bit for bit those of <see cref="Evaluate"/>.
/// </para>
/// </remarks>
internal sealed class TreeEnsemble
{
    private const int Lanes = 8;

    /// <summary>The bits of a tree's path (<see cref="TreeOutput(int, ReadOnlySpan{float}, out ulong)"/>), and the nodes per tree a split number keeps apart (<see cref="SplitsOn"/>).</summary>
    private const int PathBits = 64;
    private const int MaxStackTrees = 1024;

    private readonly Node[] _nodes;
    private readonly double[] _leafOutput;
    private readonly int[] _treeNodeStart;
    private readonly int[] _treeLeafStart;
    private readonly int[] _splitStart;
    private readonly float[] _splitThreshold;
    private readonly int[] _splitTreeNode;

    private TreeEnsemble(int featureCount, double bias, TreeEnsembleTree[] trees)
    {
        FeatureCount = featureCount;
        Bias = bias;
        Trees = trees;
        _treeNodeStart = new int[trees.Length + 1];
        _treeLeafStart = new int[trees.Length];
        int nodes = 0, leaves = 0;
        for (var t = 0; t < trees.Length; t++)
        {
            _treeNodeStart[t] = nodes;
            _treeLeafStart[t] = leaves;
            nodes += trees[t].SplitFeature.Length;
            leaves += trees[t].LeafValues.Length;
        }

        _treeNodeStart[trees.Length] = nodes;
        _nodes = new Node[nodes];
        _leafOutput = new double[leaves];
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            for (var n = 0; n < tree.SplitFeature.Length; n++)
            {
                _nodes[_treeNodeStart[t] + n] = new Node(tree.SplitFeature[n], tree.Threshold[n], tree.Left[n], tree.Right[n]);
            }

            for (var leaf = 0; leaf < tree.LeafValues.Length; leaf++)
            {
                _leafOutput[_treeLeafStart[t] + leaf] = tree.Weight * tree.LeafValues[leaf];
            }
        }

        (_splitStart, _splitThreshold, _splitTreeNode) = IndexSplits(featureCount, trees);
    }

    /// <summary>The length of the feature vectors this ensemble reads.</summary>
    public int FeatureCount { get; }

    /// <summary>The constant added to the trees' sum.</summary>
    public double Bias { get; }

    /// <summary>The number of trees.</summary>
    public int TreeCount => _treeLeafStart.Length;

    /// <summary>The number of internal nodes of all trees: the splits <see cref="SplitsOn"/> lists, over all features.</summary>
    public int SplitCount => _splitThreshold.Length;

    /// <summary>The trees as given, for saving.</summary>
    public IReadOnlyList<TreeEnsembleTree> Trees { get; }

    /// <summary>Builds an ensemble, checking that every tree is well formed (indices in range, no cycles, every leaf reachable once).</summary>
    /// <exception cref="InvalidDataException">A tree is malformed; the message says which and why.</exception>
    public static TreeEnsemble Create(int featureCount, double bias, IReadOnlyList<TreeEnsembleTree> trees)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentOutOfRangeException.ThrowIfNegative(featureCount);
        var array = trees.ToArray();
        if (array.Length > int.MaxValue / PathBits)
        {
            // SplitsOn packs a tree and node into one int.
            throw new InvalidDataException($"An ensemble holds at most {int.MaxValue / PathBits} trees, found {array.Length}.");
        }

        for (var t = 0; t < array.Length; t++)
        {
            array[t].Validate(t, featureCount);
        }

        return new TreeEnsemble(featureCount, bias, array);
    }

    /// <summary>The raw (uncalibrated) score: the bias plus each tree's weighted leaf value.</summary>
    [SkipLocalsInit]
    public double Evaluate(ReadOnlySpan<float> features)
    {
        CheckLength(features);
        double[]? rented = null;
        var outputs = TreeCount <= MaxStackTrees
            ? stackalloc double[TreeCount]
            : (rented = ArrayPool<double>.Shared.Rent(TreeCount)).AsSpan(0, TreeCount);
        for (var t = 0; t < outputs.Length; t++)
        {
            outputs[t] = TreeOutput(t, features);
        }

        var total = Total(outputs);
        if (rented is not null)
        {
            ArrayPool<double>.Shared.Return(rented);
        }

        return total;
    }

    /// <summary>Throws unless <paramref name="features"/> holds at least <see cref="FeatureCount"/> values.</summary>
    internal void CheckLength(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"Expected {FeatureCount} features, got {features.Length}.", nameof(features));
        }
    }

    /// <summary>The weighted leaf value that tree <paramref name="tree"/> gives <paramref name="features"/>.</summary>
    internal double TreeOutput(int tree, ReadOnlySpan<float> features) => Descend(tree, features, recordPath: false, out _);

    /// <summary>
    /// The weighted leaf value that tree <paramref name="tree"/> gives <paramref name="features"/>, and in
    /// <paramref name="path"/> the internal nodes the descent tested: bit <c>n % 64</c> is set for node <c>n</c> (so a
    /// tree of more than 64 nodes may show a node it did not test, never the other way round).
    /// </summary>
    internal double TreeOutput(int tree, ReadOnlySpan<float> features, out ulong path) => Descend(tree, features, recordPath: true, out path);

    /// <summary>The descent of both <see cref="TreeOutput(int, ReadOnlySpan{float})"/> forms; inlined, so the path costs nothing when not recorded.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Descend(int tree, ReadOnlySpan<float> features, bool recordPath, out ulong path)
    {
        var start = _treeNodeStart[tree];
        var nodes = _nodes.AsSpan(start, _treeNodeStart[tree + 1] - start);
        var next = nodes.IsEmpty ? ~0 : 0;
        var visited = 0UL;
        while (next >= 0)
        {
            if (recordPath)
            {
                visited |= 1UL << next;
            }

            ref readonly var node = ref nodes[next];
            next = features[node.Feature] <= node.Threshold ? node.Left : node.Right;
        }

        path = visited;
        return _leafOutput[_treeLeafStart[tree] + ~next];
    }

    /// <summary>The score from every tree's output (by tree index): the bias plus their sum, in the ensemble's fixed order.</summary>
    internal double Total(ReadOnlySpan<double> outputs)
    {
        var low = Vector256<double>.Zero;
        var high = Vector256<double>.Zero;
        var whole = outputs.Length / Lanes * Lanes;
        var halves = MemoryMarshal.Cast<double, Vector256<double>>(outputs[..whole]);
        for (var h = 0; h < halves.Length; h += 2)
        {
            low += halves[h];
            high += halves[h + 1];
        }

        Span<double> tail = stackalloc double[Lanes];
        outputs[whole..].CopyTo(tail);
        low += Vector256.Create(tail[..4]);
        high += Vector256.Create(tail[4..]);
        var sums = low + high;
        return ((sums[0] + sums[1]) + (sums[2] + sums[3])) + Bias;
    }

    /// <summary>
    /// The thresholds of the nodes that split on <paramref name="feature"/>, in ascending order, and in
    /// <paramref name="splits"/> the tree and node of each as <c>tree * 64 + node % 64</c> (one number, so a crossed
    /// threshold costs one read; the node as its bit in the path <see cref="TreeOutput(int, ReadOnlySpan{float}, out ulong)"/>
    /// records): a change of the feature from <c>a</c> to <c>b</c> changes the decision only of the nodes whose thresholds
    /// lie in <c>[min(a, b), max(a, b))</c>.
    /// </summary>
    /// <seealso cref="TreeOfSplit"/>
    internal ReadOnlySpan<float> SplitsOn(int feature, out ReadOnlySpan<int> splits)
    {
        var start = _splitStart[feature];
        var count = _splitStart[feature + 1] - start;
        splits = _splitTreeNode.AsSpan(start, count);
        return _splitThreshold.AsSpan(start, count);
    }

    /// <summary>
    /// The tree of a split number from <see cref="SplitsOn"/>; the number itself, as the count of a shift of a
    /// <see langword="ulong"/> (which reads its low six bits), picks the node's bit of that tree's path.
    /// </summary>
    internal static int TreeOfSplit(int split) => (int)((uint)split / PathBits);

    private static (int[] Start, float[] Threshold, int[] TreeNode) IndexSplits(int featureCount, TreeEnsembleTree[] trees)
    {
        var splits = trees
            .SelectMany((tree, t) => tree.SplitFeature.Select((feature, n) => (Feature: feature, Threshold: tree.Threshold[n], Tree: t, Node: n)))
            .OrderBy(split => split.Feature).ThenBy(split => split.Threshold).ThenBy(split => split.Tree)
            .ToArray();
        var start = new int[featureCount + 1];
        foreach (var split in splits)
        {
            start[split.Feature + 1]++;
        }

        for (var f = 0; f < featureCount; f++)
        {
            start[f + 1] += start[f];
        }

        return (start, [.. splits.Select(split => split.Threshold)], [.. splits.Select(split => (split.Tree * PathBits) + (split.Node % PathBits))]);
    }

    /// <summary>An internal node: <c>features[Feature] &lt;= Threshold</c> goes to <see cref="Left"/>, else to <see cref="Right"/>.</summary>
    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);
}
