using Detector.Models;
using Microsoft.ML.Trainers.FastTree;

namespace Detector.Training.Models;

/// <summary>Reads the trees that ML.NET's FastTree trained into Detector's own <see cref="TreeEnsemble"/>.</summary>
internal static class FastTreeExport
{
    /// <summary>Copies the trained ensemble of <paramref name="model"/>: its trees, tree weights and bias.</summary>
    /// <param name="model">A trained FastTree binary classifier's parameters.</param>
    /// <param name="featureCount">The length of the feature vector the model was trained on.</param>
    /// <exception cref="NotSupportedException">The model uses categorical splits, which Detector's features never need.</exception>
    public static TreeEnsemble ToTreeEnsemble(FastTreeBinaryModelParameters model, int featureCount)
    {
        ArgumentNullException.ThrowIfNull(model);
        var ensemble = model.TrainedTreeEnsemble;
        var trees = new TreeEnsembleTree[ensemble.Trees.Count];
        for (var t = 0; t < trees.Length; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag))
            {
                throw new NotSupportedException($"Tree {t} has a categorical split; only numerical splits are supported.");
            }

            trees[t] = new TreeEnsembleTree(
                [.. tree.NumericalSplitFeatureIndexes],
                [.. tree.NumericalSplitThresholds],
                [.. tree.LeftChild],
                [.. tree.RightChild],
                [.. tree.LeafValues],
                ensemble.TreeWeights[t]);
        }

        return TreeEnsemble.Create(featureCount, ensemble.Bias, trees);
    }
}
