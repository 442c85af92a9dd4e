using Detector.Scoring;

namespace Detector.Models;

/// <summary>
/// The message-level text model: one logistic head per signal group (<see cref="SignalCatalog.Groups"/>) over the hashed
/// features of a message's normalised text. It recognises signals in phrasings and languages the rules miss.
/// Immutable and thread-safe.
/// </summary>
internal sealed class TextModel
{
    [ThreadStatic]
    private static FeatureBuffers? t_buffers;

    private readonly LinearHeads[] _folds;

    public TextModel(LinearHeads heads)
        : this([heads])
    {
    }

    /// <summary>
    /// A cross-fitted text model, for training only: a message whose text falls in fold <c>f</c> (see <see cref="FoldOf"/>)
    /// is scored by <paramref name="folds"/>[f], which was trained without that fold's texts.
    /// </summary>
    internal TextModel(LinearHeads[] folds)
    {
        ArgumentNullException.ThrowIfNull(folds);
        foreach (var heads in folds)
        {
            if (heads.FeatureCount != TextFeaturizer.FeatureCount || heads.HeadCount != SignalCatalog.Groups.Length)
            {
                throw new InvalidDataException(
                    $"The text model has {heads.HeadCount} heads over {heads.FeatureCount} features; this version of Detector needs " +
                    $"{SignalCatalog.Groups.Length} heads over {TextFeaturizer.FeatureCount}.");
            }
        }

        _folds = folds;
    }

    public LinearHeads Heads => _folds[0];

    /// <summary>The cross-fitting fold of a normalised text: a stable hash, so equal texts always share a fold.</summary>
    internal static int FoldOf(ReadOnlySpan<char> normalized, int folds)
    {
        var hash = 2166136261u;
        foreach (var c in normalized)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)folds);
    }

    /// <summary>Writes each group's probability for the message whose normalised text is <paramref name="normalized"/>.</summary>
    public void Predict(ReadOnlySpan<char> normalized, Span<float> probabilities)
    {
        var buffers = t_buffers ??= new FeatureBuffers();
        var count = TextFeaturizer.FeaturizeUnordered(normalized, buffers.Indices, buffers.Values);
        Span<double> scores = stackalloc double[SignalCatalog.Groups.Length];
        var heads = _folds.Length == 1 ? _folds[0] : _folds[FoldOf(normalized, _folds.Length)];
        heads.Score(buffers.Indices.AsSpan(0, count), buffers.Values.AsSpan(0, count), scores);
        for (var group = 0; group < scores.Length; group++)
        {
            probabilities[group] = (float)(1.0 / (1.0 + Math.Exp(-scores[group])));
        }
    }

    private sealed class FeatureBuffers
    {
        public int[] Indices { get; } = new int[TextFeaturizer.MaxFeatures];

        public float[] Values { get; } = new float[TextFeaturizer.MaxFeatures];
    }
}
