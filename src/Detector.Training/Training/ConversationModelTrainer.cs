using Detector.Features;
using Detector.Models;
using Detector.Training.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Detector.Training.Training;

/// <summary>Trains the conversation model: FastTree gradient-boosted trees over the prefix features.</summary>
internal static class ConversationModelTrainer
{
    public static TreeEnsemble Train(PrefixRows rows, TrainingOptions options, TrainingProgress progress)
    {
        var ml = new MLContext(options.Seed);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, ConversationFeatures.Count);
        var training = rows.EvidentRows.Select(row => new Row { Features = rows.Features[row], Label = rows.Labels[row] }).ToList();
        var data = ml.Data.LoadFromEnumerable(training, schema);
        progress.Report($"conversation model: FastTree, {options.Trees} trees of up to {options.LeavesPerTree} leaves on {training.Count:N0} prefixes");
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.LeavesPerTree,
            MinimumExampleCountPerLeaf = options.MinimumRowsPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
            Seed = options.Seed,
            FeatureFirstUsePenalty = 0,
            FeatureFraction = options.FeatureFraction,
        });
        var model = trainer.Fit(data);
        return FastTreeExport.ToTreeEnsemble(model.Model.SubModel, ConversationFeatures.Count);
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }
}
