using System.Numerics;
using System.Runtime.Intrinsics;

namespace Detector.Models;

/// <summary>
/// Evaluates a <see cref="TreeEnsemble"/> on a sequence of feature vectors that differ little from one to the next (the
/// vectors after each message of a conversation), re-evaluating only the trees that a changed feature can send down
/// another branch: those whose last descent tested a node with a threshold between the feature's old and new value (a
/// node off that path cannot change the leaf reached). Its scores equal <see cref="TreeEnsemble.Evaluate"/>'s bit for
/// bit. Not thread-safe: one per thread or per conversation (<see cref="NewSequence"/> makes more cheaply).
/// </summary>
/// <remarks>
/// Each sequence starts from an origin vector evaluated once, when the evaluator is made (for conversations, the
/// features of the empty conversation), so even a sequence's first vector costs only the trees it changes. For each
/// feature the evaluator remembers where its value falls among the thresholds that split on it, so the thresholds a
/// change crosses are found by stepping from there, one step per threshold crossed.
/// </remarks>
internal sealed class IncrementalTreeEvaluator
{
    /// <summary>The trees marked by one <see cref="Evaluate"/>, per thread: room for every split of the largest ensemble seen.</summary>
    [ThreadStatic]
    private static int[]? t_marked;

    private readonly Snapshot _origin;
    private readonly Snapshot _current;
    private readonly ulong[] _stale;

    /// <summary>Creates an evaluator whose sequences start from <paramref name="origin"/> (all zeros when not given).</summary>
    public IncrementalTreeEvaluator(TreeEnsemble ensemble, ReadOnlySpan<float> origin = default)
    {
        ArgumentNullException.ThrowIfNull(ensemble);
        Ensemble = ensemble;
        _origin = new Snapshot(ensemble);
        _current = new Snapshot(ensemble);
        _stale = new ulong[(ensemble.TreeCount + 63) / 64];
        if (!origin.IsEmpty)
        {
            ensemble.CheckLength(origin);
            origin[.._origin.Features.Length].CopyTo(_origin.Features);
        }

        for (var t = 0; t < ensemble.TreeCount; t++)
        {
            _origin.Outputs[t] = ensemble.TreeOutput(t, _origin.Features, out _origin.Paths[t]);
        }

        for (var f = 0; f < ensemble.FeatureCount; f++)
        {
            _origin.Positions[f] = Position(ensemble.SplitsOn(f, out _), _origin.Features[f]);
        }

        _origin.Total = ensemble.Total(_origin.Outputs);
        Reset();
    }

    private IncrementalTreeEvaluator(IncrementalTreeEvaluator template)
    {
        Ensemble = template.Ensemble;
        _origin = template._origin;
        _current = new Snapshot(Ensemble);
        _stale = new ulong[template._stale.Length];
        Reset();
    }

    /// <summary>The ensemble evaluated.</summary>
    public TreeEnsemble Ensemble { get; }

    /// <summary>
    /// A new evaluator of the same ensemble from the same origin, sharing this one's evaluation of the origin (which
    /// never changes once made): a sequence of its own for ≈ 6 KB, without evaluating every tree again. Thread-safe,
    /// unlike <see cref="Evaluate"/>.
    /// </summary>
    public IncrementalTreeEvaluator NewSequence() => new(this);

    /// <summary>Returns to the origin vector, so the next <see cref="Evaluate"/> starts a new sequence.</summary>
    public void Reset() => _origin.CopyTo(_current);

    /// <summary>The raw score of <paramref name="features"/>, as <see cref="TreeEnsemble.Evaluate"/> computes it.</summary>
    public double Evaluate(ReadOnlySpan<float> features)
    {
        Ensemble.CheckLength(features);
        var current = _current;
        var known = current.Features.AsSpan();
        var marked = 0;
        var marks = t_marked is { } scratch && scratch.Length >= Ensemble.SplitCount ? scratch : t_marked = new int[Ensemble.SplitCount];

        // Most features keep their value from one message to the next, so they are compared a vector at a time and
        // only a vector holding a change is looked at feature by feature (NaN never equals itself, so it is looked at).
        var whole = known.Length / Vector256<float>.Count * Vector256<float>.Count;
        for (var chunk = 0; chunk < whole; chunk += Vector256<float>.Count)
        {
            if (!Vector256.EqualsAll(Vector256.Create<float>(known[chunk..]), Vector256.Create(features[chunk..])))
            {
                for (var f = chunk; f < chunk + Vector256<float>.Count; f++)
                {
                    marked = Update(f, features[f], marks, marked);
                }
            }
        }

        for (var f = whole; f < known.Length; f++)
        {
            marked = Update(f, features[f], marks, marked);
        }

        if (marked == 0)
        {
            return current.Total;
        }

        foreach (var tree in marks.AsSpan(0, marked))
        {
            _stale[tree >> 6] |= 1UL << tree;
        }

        for (var word = 0; word < _stale.Length; word++)
        {
            for (var bits = _stale[word]; bits != 0; bits &= bits - 1)
            {
                var tree = (word * 64) + BitOperations.TrailingZeroCount(bits);
                current.Outputs[tree] = Ensemble.TreeOutput(tree, features, out current.Paths[tree]);
            }

            _stale[word] = 0;
        }

        return current.Total = Ensemble.Total(current.Outputs);
    }

    /// <summary>
    /// Takes <paramref name="after"/> as the value of feature <paramref name="feature"/> and marks the trees whose path
    /// tested a node whose decision that changes: appends them (a tree perhaps more than once) to the first
    /// <paramref name="marked"/> of <paramref name="marks"/>, which has room for every split, as each is crossed once at most.
    /// </summary>
    /// <returns>How many trees are marked now.</returns>
    private int Update(int feature, float after, int[] marks, int marked)
    {
        var current = _current;
        var before = current.Features[feature];
        if (before == after)
        {
            return marked;
        }

        current.Features[feature] = after;
        var thresholds = Ensemble.SplitsOn(feature, out var splits);
        var (from, to) = Crossed(thresholds, before, after, ref current.Positions[feature]);
        var paths = current.Paths;
        foreach (var split in splits[from..to])
        {
            // Kept when the node is on the tree's path; without branches, as that cannot be predicted, and without
            // reading back what was written (a bit set in memory per split made every step wait for the one before).
            // A shift of a ulong reads only the count's low six bits: the node's path bit from the split.
            var tree = TreeEnsemble.TreeOfSplit(split);
            marks[marked] = tree;
            marked += (int)((paths[tree] >> split) & 1);
        }

        return marked;
    }

    /// <summary>
    /// The range of <paramref name="thresholds"/> (sorted) whose comparisons <c>x &lt;= threshold</c> <paramref name="before"/>
    /// and <paramref name="after"/> answer differently (all of them when either is NaN), found by stepping from
    /// <paramref name="position"/>, the <see cref="Position"/> of <paramref name="before"/>, which becomes that of
    /// <paramref name="after"/>. A step compares eight thresholds at once: a feature such as the conversation's duration
    /// crosses a score of them in one message.
    /// </summary>
    private static (int From, int To) Crossed(ReadOnlySpan<float> thresholds, float before, float after, ref int position)
    {
        if (float.IsNaN(before) || float.IsNaN(after))
        {
            position = Position(thresholds, after);
            return (0, thresholds.Length);
        }

        var start = position;
        var bound = Vector256.Create(after);
        const int Lanes = 8;
        if (after > before)
        {
            // The thresholds in [before, after): from the first at least before to the first at least after. Sorted, so
            // the lanes below after come first, and their count is how far to step.
            while (position + Lanes <= thresholds.Length)
            {
                var below = Vector256.LessThan(Vector256.Create(thresholds[position..]), bound).ExtractMostSignificantBits();
                position += BitOperations.TrailingZeroCount(~below);
                if (below != 0xFF)
                {
                    return (start, position);
                }
            }

            while (position < thresholds.Length && thresholds[position] < after)
            {
                position++;
            }

            return (start, position);
        }

        // The thresholds in [after, before): the lanes at least after come last.
        while (position >= Lanes)
        {
            var atLeast = Vector256.GreaterThanOrEqual(Vector256.Create(thresholds[(position - Lanes)..]), bound).ExtractMostSignificantBits();
            position -= BitOperations.LeadingZeroCount(~atLeast & 0xFF) - (32 - Lanes);
            if (atLeast != 0xFF)
            {
                return (position, start);
            }
        }

        while (position > 0 && thresholds[position - 1] >= after)
        {
            position--;
        }

        return (position, start);
    }

    /// <summary>How many of <paramref name="thresholds"/> (sorted) are below <paramref name="value"/> (none for NaN).</summary>
    private static int Position(ReadOnlySpan<float> thresholds, float value)
    {
        int low = 0, high = thresholds.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (thresholds[middle] < value)
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

    /// <summary>A feature vector with what the evaluator knows of it: each tree's output and path, each feature's position.</summary>
    private sealed class Snapshot(TreeEnsemble ensemble)
    {
        public float[] Features { get; } = new float[ensemble.FeatureCount];

        public int[] Positions { get; } = new int[ensemble.FeatureCount];

        public double[] Outputs { get; } = new double[ensemble.TreeCount];

        public ulong[] Paths { get; } = new ulong[ensemble.TreeCount];

        public double Total { get; set; }

        public void CopyTo(Snapshot other)
        {
            Features.CopyTo(other.Features, 0);
            Positions.CopyTo(other.Positions, 0);
            Outputs.CopyTo(other.Outputs, 0);
            Paths.CopyTo(other.Paths, 0);
            other.Total = Total;
        }
    }
}
