namespace Detector.Models;

/// <summary>
/// A gradient-boosted tree ensemble (as trained by ML.NET's FastTree), evaluated by Detector's own code so
/// scoring needs neither ML.NET nor an allocation. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// Trees are stored flat: node <c>n</c> of tree <c>t</c> is at <c>TreeNodeStart[t] + n</c>. An internal node sends
/// a feature vector left when <c>features[SplitFeature] &lt;= Threshold</c>, as ML.NET does; a child index that is
/// negative, <c>~leaf</c>, names leaf <c>leaf</c> of the same tree, whose value is at <c>TreeLeafStart[t] + leaf</c>.
/// </remarks>
internal sealed class TreeEnsemble
{
    private readonly int[] _splitFeature;
    private readonly float[] _threshold;
    private readonly int[] _left;
    private readonly int[] _right;
    private readonly double[] _leafValue;
    private readonly int[] _treeNodeStart;
    private readonly int[] _treeNodeCount;
    private readonly int[] _treeLeafStart;
    private readonly double[] _treeWeight;

    private TreeEnsemble(int featureCount, double bias, TreeEnsembleTree[] trees)
    {
        FeatureCount = featureCount;
        Bias = bias;
        Trees = trees;
        _treeNodeStart = new int[trees.Length];
        _treeNodeCount = new int[trees.Length];
        _treeLeafStart = new int[trees.Length];
        _treeWeight = new double[trees.Length];
        int nodes = 0, leaves = 0;
        for (var t = 0; t < trees.Length; t++)
        {
            _treeNodeStart[t] = nodes;
            _treeLeafStart[t] = leaves;
            _treeWeight[t] = trees[t].Weight;
            _treeNodeCount[t] = trees[t].SplitFeature.Length;
            nodes += trees[t].SplitFeature.Length;
            leaves += trees[t].LeafValues.Length;
        }

        _splitFeature = new int[nodes];
        _threshold = new float[nodes];
        _left = new int[nodes];
        _right = new int[nodes];
        _leafValue = new double[leaves];
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = trees[t];
            tree.SplitFeature.CopyTo(_splitFeature, _treeNodeStart[t]);
            tree.Threshold.CopyTo(_threshold, _treeNodeStart[t]);
            tree.Left.CopyTo(_left, _treeNodeStart[t]);
            tree.Right.CopyTo(_right, _treeNodeStart[t]);
            tree.LeafValues.CopyTo(_leafValue, _treeLeafStart[t]);
        }
    }

    /// <summary>The length of the feature vectors this ensemble reads.</summary>
    public int FeatureCount { get; }

    /// <summary>The constant added to the trees' sum.</summary>
    public double Bias { get; }

    /// <summary>The number of trees.</summary>
    public int TreeCount => _treeNodeStart.Length;

    /// <summary>The trees as given, for saving.</summary>
    public IReadOnlyList<TreeEnsembleTree> Trees { get; }

    /// <summary>Builds an ensemble, checking that every tree is well formed (indices in range, no cycles, every leaf reachable once).</summary>
    /// <exception cref="InvalidDataException">A tree is malformed; the message says which and why.</exception>
    public static TreeEnsemble Create(int featureCount, double bias, IReadOnlyList<TreeEnsembleTree> trees)
    {
        ArgumentNullException.ThrowIfNull(trees);
        ArgumentOutOfRangeException.ThrowIfNegative(featureCount);
        var array = trees.ToArray();
        for (var t = 0; t < array.Length; t++)
        {
            array[t].Validate(t, featureCount);
        }

        return new TreeEnsemble(featureCount, bias, array);
    }

    /// <summary>The raw (uncalibrated) score: the bias plus each tree's weighted leaf value.</summary>
    public double Evaluate(ReadOnlySpan<float> features)
    {
        if (features.Length < FeatureCount)
        {
            throw new ArgumentException($"Expected {FeatureCount} features, got {features.Length}.", nameof(features));
        }

        var sum = 0.0;
        for (var t = 0; t < _treeNodeStart.Length; t++)
        {
            var start = _treeNodeStart[t];
            var node = _treeNodeCount[t] == 0 ? ~0 : 0;
            while (node >= 0)
            {
                var at = start + node;
                node = features[_splitFeature[at]] <= _threshold[at] ? _left[at] : _right[at];
            }

            sum += _treeWeight[t] * _leafValue[_treeLeafStart[t] + ~node];
        }

        return sum + Bias;
    }
}
