namespace Detector.Models;

/// <summary>
/// Several linear classifiers ("heads") over one sparse feature space, evaluated together: for each active
/// feature its weights for all heads sit side by side, so a message's features are read once. Immutable and
/// thread-safe.
/// </summary>
internal sealed class LinearHeads
{
    private readonly float[] _weights;
    private readonly float[] _biases;

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
        _weights = weights;
        _biases = biases;
    }

    /// <summary>The size of the sparse feature space.</summary>
    public int FeatureCount { get; }

    /// <summary>The number of heads.</summary>
    public int HeadCount => _biases.Length;

    /// <summary>Feature-major weights, for saving.</summary>
    internal ReadOnlySpan<float> Weights => _weights;

    /// <summary>One bias per head, for saving.</summary>
    internal ReadOnlySpan<float> Biases => _biases;

    /// <summary>Writes each head's raw score (<c>w·x + b</c>) for the sparse vector (<paramref name="indices"/>, <paramref name="values"/>).</summary>
    public void Score(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, Span<double> scores)
    {
        var heads = _biases.Length;
        if (indices.Length != values.Length || scores.Length < heads)
        {
            throw new ArgumentException("Indices and values must have equal length and scores room for every head.");
        }

        for (var h = 0; h < heads; h++)
        {
            scores[h] = _biases[h];
        }

        for (var i = 0; i < indices.Length; i++)
        {
            var row = _weights.AsSpan(checked(indices[i] * heads), heads);
            var value = values[i];
            for (var h = 0; h < row.Length; h++)
            {
                scores[h] += row[h] * value;
            }
        }
    }
}
