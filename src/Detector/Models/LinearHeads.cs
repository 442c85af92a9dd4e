using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Detector.Models;

/// <summary>
/// Several linear classifiers ("heads") over one sparse feature space, evaluated together: for each active
/// feature its weights for all heads sit side by side, so a message's features are read once. Immutable and
/// thread-safe.
/// </summary>
/// <remarks>
/// Trained with L1 regularisation, the heads give most features no weight at all, so only the features with a non-zero
/// weight keep a row: a bit per feature says whether it has one, and counts of the bits before each 64 features find
/// it. The rows then fit in the processor's cache, where a dense table (every feature times every head) would not.
/// Each row is padded with zeros to whole vectors of <see cref="Lanes"/> weights, so that eight heads are scored in one
/// vector step.
/// </remarks>
internal sealed class LinearHeads
{
    /// <summary>How many heads are scored together, in one vector of single-precision weights.</summary>
    private const int Lanes = 8;

    private readonly float[] _biases;
    private readonly ulong[] _hasRow;
    private readonly int[] _rowsBefore;
    private readonly float[] _rows;
    private readonly int _zeroRow;
    private readonly int _stride;

    /// <summary>Creates heads from their weights, laid out feature-major (<c>weights[feature * HeadCount + head]</c>).</summary>
    /// <exception cref="InvalidDataException">The arrays do not fit together or hold a non-finite number.</exception>
    public LinearHeads(int featureCount, float[] weights, float[] biases)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(biases);
        if (featureCount <= 0 || biases.Length == 0 || weights.Length != featureCount * biases.Length)
        {
            throw new InvalidDataException(
                $"Linear heads need {featureCount} × {biases.Length} weights, found {weights.Length}.");
        }

        if (Array.Exists(weights, w => !float.IsFinite(w)) || Array.Exists(biases, b => !float.IsFinite(b)))
        {
            throw new InvalidDataException("Linear heads hold a weight or bias that is not a finite number.");
        }

        FeatureCount = featureCount;
        _biases = biases;
        _stride = (biases.Length + Lanes - 1) / Lanes * Lanes;
        _hasRow = new ulong[(featureCount + 63) / 64];
        _rowsBefore = new int[_hasRow.Length];
        for (var feature = 0; feature < featureCount; feature++)
        {
            if (weights.AsSpan(feature * HeadCount, HeadCount).ContainsAnyExcept(0f))
            {
                _hasRow[feature >> 6] |= 1UL << feature;
            }
        }

        for (var word = 1; word < _hasRow.Length; word++)
        {
            _rowsBefore[word] = _rowsBefore[word - 1] + BitOperations.PopCount(_hasRow[word - 1]);
        }

        // The rows, then one of zeros that every feature without weights reads.
        _zeroRow = _rowsBefore[^1] + BitOperations.PopCount(_hasRow[^1]);
        _rows = new float[(_zeroRow + 1) * _stride];
        for (int feature = 0, row = 0; feature < featureCount; feature++)
        {
            if ((_hasRow[feature >> 6] & (1UL << feature)) != 0)
            {
                weights.AsSpan(feature * HeadCount, HeadCount).CopyTo(_rows.AsSpan(row++ * _stride));
            }
        }
    }

    /// <summary>The size of the sparse feature space.</summary>
    public int FeatureCount { get; }

    /// <summary>The number of heads.</summary>
    public int HeadCount => _biases.Length;

    /// <summary>One bias per head, for saving.</summary>
    internal ReadOnlySpan<float> Biases => _biases;

    /// <summary>The weights of <paramref name="feature"/> for every head (all zero for most features), for saving.</summary>
    internal ReadOnlySpan<float> WeightsOf(int feature)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)feature, (uint)FeatureCount, nameof(feature));
        return _rows.AsSpan(RowOf(feature) * _stride, HeadCount);
    }

    /// <summary>Writes each head's raw score (<c>w·x + b</c>) for the sparse vector (<paramref name="indices"/>, <paramref name="values"/>).</summary>
    /// <remarks>
    /// Each score is the head's bias plus, feature by feature in the order given, the single-precision product of weight
    /// and value added in double precision (eight heads at a time in vectors, which gives the same numbers). A feature
    /// without weights reads a row of zeros, without a branch: for finite values (the featurizer gives no other) that
    /// adds zero, which changes no score (at most the sign of a score of zero, which no probability shows).
    /// </remarks>
    public void Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> scores)
    {
        var heads = _biases.Length;
        if (indices.Length != values.Length || scores.Length < heads)
        {
            throw new ArgumentException("Indices and values must have equal length and scores room for every head.");
        }

        foreach (var index in indices)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)FeatureCount, nameof(indices));
        }

        Span<float> biases = stackalloc float[_stride];
        _biases.CopyTo(biases);
        Span<double> sums = stackalloc double[Lanes];
        var (rows, stride) = (_rows, _stride);
        for (var first = 0; first < heads; first += Lanes)
        {
            // Widened half by half rather than through a tuple, which the JIT kept in memory across iterations.
            var start = Vector256.Create<float>(biases[first..]);
            var (low, high) = (Vector256.WidenLower(start), Vector256.WidenUpper(start));
            for (var i = 0; i < indices.Length; i++)
            {
                var products = Vector256.Create<float>(rows.AsSpan((RowOf(indices[i]) * stride) + first, Lanes)) * values[i];
                low += Vector256.WidenLower(products);
                high += Vector256.WidenUpper(products);
            }

            low.CopyTo(sums);
            high.CopyTo(sums[(Lanes / 2)..]);
            sums[..Math.Min(Lanes, heads - first)].CopyTo(scores[first..]);
        }
    }

    /// <summary>The row of <paramref name="feature"/> (in range): its own when it has a weight that is not zero, else the row of zeros.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RowOf(int feature)
    {
        var word = _hasRow[feature >> 6];
        var bit = 1UL << feature;
        var row = _rowsBefore[feature >> 6] + BitOperations.PopCount(word & (bit - 1));
        return (word & bit) != 0 ? row : _zeroRow;
    }
}
