using Detector.Features;
using Detector.Models;
using Detector.Scoring;
using Detector.Training.Training;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using HeadTransformer = Microsoft.ML.Data.BinaryPredictionTransformer<
    Microsoft.ML.Calibrators.CalibratedModelParametersBase<Microsoft.ML.Trainers.LinearBinaryModelParameters, Microsoft.ML.Calibrators.PlattCalibrator>>;
using TreeTransformer = Microsoft.ML.Data.BinaryPredictionTransformer<
    Microsoft.ML.Calibrators.CalibratedModelParametersBase<Microsoft.ML.Trainers.FastTree.FastTreeBinaryModelParameters, Microsoft.ML.Calibrators.PlattCalibrator>>;

namespace Detector.Benchmarks.Models;

/// <summary>
/// ML.NET models of the sizes Detector ships, trained on synthetic rows, so ML.NET and Detector can be compared on the
/// same model shapes: a FastTree conversation model (as many trees as the default training options give, over the conversation features) and one logistic head per
/// signal group over the 2^18 hashed text features.
/// </summary>
/// <param name="Context">The ML.NET context the models were trained in.</param>
/// <param name="TreeSchema">The input schema of the tree model (its feature vector has a fixed size).</param>
/// <param name="Trees">The conversation model.</param>
/// <param name="Heads">The text heads, one per signal group.</param>
/// <param name="SampleTreeRow">A training row of the conversation model.</param>
/// <param name="SampleTextRow">A training row of the text heads.</param>
internal sealed record MlNetModels(
    MLContext Context,
    SchemaDefinition TreeSchema,
    TreeTransformer Trees,
    HeadTransformer[] Heads,
    MlNetModels.TreeRow SampleTreeRow,
    MlNetModels.TextRow SampleTextRow)
{
    public const int TextFeatures = TextFeaturizer.FeatureCount;

    /// <summary>Trains the models (deterministic: seed 1, one thread); <paramref name="textOptions"/> defaults to ML.NET's.</summary>
    public static MlNetModels Train(int leavesPerTree, int minimumRowsPerLeaf, Func<LbfgsLogisticRegressionBinaryTrainer.Options>? textOptions = null)
    {
        var ml = new MLContext(seed: 1);
        var random = new Random(1);
        var count = ConversationFeatures.Count;
        var schema = SchemaDefinition.Create(typeof(TreeRow));
        schema[nameof(TreeRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, count);
        var treeRows = Enumerable.Range(0, 20_000).Select(_ =>
        {
            var features = Enumerable.Range(0, count).Select(_ => (float)random.NextDouble()).ToArray();
            return new TreeRow { Features = features, Label = features[0] + features[7] + (random.NextDouble() * 0.5) > 1.2 };
        }).ToList();
        var trees = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = new TrainingOptions().Trees, NumberOfLeaves = leavesPerTree, MinimumExampleCountPerLeaf = minimumRowsPerLeaf, NumberOfThreads = 1,
        }).Fit(ml.Data.LoadFromEnumerable(treeRows, schema));

        var textRows = Enumerable.Range(0, 5_000).Select(_ =>
        {
            var indices = Enumerable.Range(0, 60).Select(_ => random.Next(TextFeatures)).Distinct().Order().ToArray();
            var values = indices.Select(_ => 1f / MathF.Sqrt(indices.Length)).ToArray();
            return new TextRow { Features = new VBuffer<float>(TextFeatures, indices.Length, values, indices), Label = indices[0] % 2 == 0 };
        }).ToList();
        var heads = SignalCatalog.Groups
            .Select(_ =>
            {
                var options = textOptions?.Invoke() ?? new LbfgsLogisticRegressionBinaryTrainer.Options();
                options.NumberOfThreads = 1;
                return ml.BinaryClassification.Trainers.LbfgsLogisticRegression(options).Fit(ml.Data.LoadFromEnumerable(textRows));
            })
            .ToArray();

        return new MlNetModels(ml, schema, trees, heads, treeRows[0], textRows[0]);
    }

    public PredictionEngine<TreeRow, ScoreOutput> CreateTreeEngine() =>
        Context.Model.CreatePredictionEngine<TreeRow, ScoreOutput>(Trees, inputSchemaDefinition: TreeSchema);

    public PredictionEngine<TextRow, ScoreOutput>[] CreateHeadEngines() =>
        [.. Heads.Select(head => Context.Model.CreatePredictionEngine<TextRow, ScoreOutput>(head))];

    public sealed class TreeRow
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }

    public sealed class TextRow
    {
        public bool Label { get; set; }

        [VectorType(TextFeatures)]
        public VBuffer<float> Features { get; set; }
    }

    public sealed class ScoreOutput
    {
        public float Score { get; set; }
    }
}
