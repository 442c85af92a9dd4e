using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Detector.Features;
using Detector.Models;
using Detector.Scoring;
using Detector.Training.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Detector.Benchmarks.Models;

/// <summary>
/// Evaluating trained models per message: Detector's own evaluators against ML.NET's <see cref="PredictionEngine{TSrc,TDst}"/>
/// on the very same models (trained here with the production sizes: 300 trees of 24 leaves over the conversation
/// features; seven logistic heads over the 2^18 hashed text features), so the comparison is like for like.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ModelEvaluationBenchmarks
{
    private const int TextFeatures = TextFeaturizer.FeatureCount;

    private TreeEnsemble _trees = null!;
    private LinearHeads _heads = null!;
    private PredictionEngine<TreeRow, ScoreOutput> _treeEngine = null!;
    private PredictionEngine<TextRow, ScoreOutput>[] _headEngines = [];
    private TreeRow _treeRow = null!;
    private TextRow _textRow = null!;
    private float[] _features = [];
    private int[] _indices = [];
    private float[] _values = [];
    private readonly double[] _scores = new double[SignalCatalog.Groups.Length];

    [GlobalSetup]
    public void Setup()
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
        var treeModel = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 300, NumberOfLeaves = 24, MinimumExampleCountPerLeaf = 40, NumberOfThreads = 1,
        }).Fit(ml.Data.LoadFromEnumerable(treeRows, schema));
        _trees = FastTreeExport.ToTreeEnsemble(treeModel.Model.SubModel, count);
        _treeEngine = ml.Model.CreatePredictionEngine<TreeRow, ScoreOutput>(treeModel, inputSchemaDefinition: schema);
        _treeRow = treeRows[0];
        _features = treeRows[0].Features;

        var textRows = Enumerable.Range(0, 5_000).Select(_ =>
        {
            var indices = Enumerable.Range(0, 60).Select(_ => random.Next(TextFeatures)).Distinct().Order().ToArray();
            var values = indices.Select(_ => 1f / MathF.Sqrt(indices.Length)).ToArray();
            return new TextRow { Features = new VBuffer<float>(TextFeatures, indices.Length, values, indices), Label = indices[0] % 2 == 0 };
        }).ToList();
        var heads = new List<LinearBinaryModelParameters>();
        var engines = new List<PredictionEngine<TextRow, ScoreOutput>>();
        foreach (var _ in SignalCatalog.Groups)
        {
            var model = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 })
                .Fit(ml.Data.LoadFromEnumerable(textRows));
            heads.Add(model.Model.SubModel);
            engines.Add(ml.Model.CreatePredictionEngine<TextRow, ScoreOutput>(model));
        }

        _heads = LinearExport.ToLinearHeads(heads, TextFeatures);
        _headEngines = [.. engines];
        _textRow = textRows[0];
        _indices = textRows[0].Features.GetIndices().ToArray();
        _values = textRows[0].Features.GetValues().ToArray();
    }

    [Benchmark(Baseline = true, Description = "Conversation model: ML.NET PredictionEngine")]
    [BenchmarkCategory("trees")]
    public float TreesPredictionEngine() => _treeEngine.Predict(_treeRow).Score;

    [Benchmark(Description = "Conversation model: TreeEnsemble.Evaluate")]
    [BenchmarkCategory("trees")]
    public double TreesDetector() => _trees.Evaluate(_features);

    [Benchmark(Baseline = true, Description = "Text model, 7 heads: ML.NET PredictionEngine ×7")]
    [BenchmarkCategory("text")]
    public float HeadsPredictionEngine()
    {
        var sum = 0f;
        foreach (var engine in _headEngines)
        {
            sum += engine.Predict(_textRow).Score;
        }

        return sum;
    }

    [Benchmark(Description = "Text model, 7 heads: LinearHeads.Score")]
    [BenchmarkCategory("text")]
    public double HeadsDetector()
    {
        _heads.Score(_indices, _values, _scores);
        return _scores[0];
    }

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
