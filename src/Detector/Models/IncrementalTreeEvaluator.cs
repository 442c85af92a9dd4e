namespace Detector.Models;

/// <summary>
/// Evaluates a <see cref="TreeEnsemble"/> on a sequence of feature vectors that differ little from one to the next (the
/// vectors after each message of a conversation), re-evaluating only the trees that a changed feature can send down
/// another branch: those whose last descent tested a node with a threshold between the feature's old and new value (a
/// node off that path cannot change the leaf reached). Its scores equal
/// <see cref="TreeEnsemble.Evaluate"/>'s bit for bit. Not thread-safe: one per thread.
/// </summary>
internal sealed class IncrementalTreeEvaluator
{
    private readonly float[] _features;
    private readonly double[] _outputs;
    private readonly ulong[] _paths;
    private readonly bool[] _stale;
    private readonly int[] _staleTrees;
    private bool _primed;
    private double _total;

    public IncrementalTreeEvaluator(TreeEnsemble ensemble)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        Ensemble = ensemble;
        _features = new float[ensemble.FeatureCount];
        _outputs = new double[ensemble.TreeCount];
        _paths = new ulong[ensemble.TreeCount];
        _stale = new bool[ensemble.TreeCount];
        _staleTrees = new int[ensemble.TreeCount];
    }

    /// <summary>The ensemble evaluated.</summary>
    public TreeEnsemble Ensemble { get; }

    /// <summary>Forgets the last vector, so the next <see cref="Evaluate"/> evaluates every tree (a new sequence starts).</summary>
    public void Reset() => _primed = false;

    /// <summary>The raw score of <paramref name="features"/>, as <see cref="TreeEnsemble.Evaluate"/> computes it.</summary>
    public double Evaluate(ReadOnlySpan<float> features)
    {
        Ensemble.CheckLength(features);
        if (!_primed)
        {
            for (var t = 0; t < _outputs.Length; t++)
            {
                _outputs[t] = Ensemble.TreeOutput(t, features, out _paths[t]);
            }

            features[.._features.Length].CopyTo(_features);
            _primed = true;
            return _total = Ensemble.Total(_outputs);
        }

        var staleCount = 0;
        for (var f = 0; f < _features.Length; f++)
        {
            var before = _features[f];
            var after = features[f];
            if (before == after)
            {
                continue;
            }

            _features[f] = after;
            var thresholds = Ensemble.SplitsOn(f, out var trees, out var nodes);
            var (from, to) = float.IsNaN(before) || float.IsNaN(after) ? (0, thresholds.Length) : Crossed(thresholds, before, after);
            for (var s = from; s < to; s++)
            {
                var tree = trees[s];
                if (!_stale[tree] && (_paths[tree] & (1UL << nodes[s])) != 0)
                {
                    _stale[tree] = true;
                    _staleTrees[staleCount++] = tree;
                }
            }
        }

        if (staleCount == 0)
        {
            return _total;
        }

        foreach (var tree in _staleTrees.AsSpan(0, staleCount))
        {
            _outputs[tree] = Ensemble.TreeOutput(tree, features, out _paths[tree]);
            _stale[tree] = false;
        }

        return _total = Ensemble.Total(_outputs);
    }

    /// <summary>The range of <paramref name="thresholds"/> (sorted) in <c>[min(a, b), max(a, b))</c>: the comparisons <c>x &lt;= threshold</c> that <paramref name="a"/> and <paramref name="b"/> answer differently.</summary>
    private static (int From, int To) Crossed(ReadOnlySpan<float> thresholds, float a, float b)
    {
        var (low, high) = a < b ? (a, b) : (b, a);
        return (FirstAtLeast(thresholds, low), FirstAtLeast(thresholds, high));
    }

    private static int FirstAtLeast(ReadOnlySpan<float> sorted, float value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
