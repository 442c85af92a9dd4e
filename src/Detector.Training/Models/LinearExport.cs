using Detector.Models;
using Microsoft.ML.Trainers;

namespace Detector.Training.Models;

/// <summary>Reads the weights of ML.NET linear binary classifiers into Detector's own <see cref="LinearHeads"/>.</summary>
internal static class LinearExport
{
    /// <summary>Combines one trained linear classifier per head, all over the same <paramref name="featureCount"/> features.</summary>
    public static LinearHeads ToLinearHeads(IReadOnlyList<LinearBinaryModelParameters> heads, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(heads);
        var weights = new float[featureCount * heads.Count];
        var biases = new float[heads.Count];
        for (var h = 0; h < heads.Count; h++)
        {
            var trained = heads[h].Weights;
            if (trained.Count != featureCount)
            {
                throw new ArgumentException($"Head {h} has {trained.Count} weights, expected {featureCount}.", nameof(heads));
            }

            for (var f = 0; f < featureCount; f++)
            {
                weights[(f * heads.Count) + h] = trained[f];
            }

            biases[h] = heads[h].Bias;
        }

        return new LinearHeads(featureCount, weights, biases);
    }
}
