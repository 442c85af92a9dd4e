using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Detector.Features;
using Detector.Models;
using Detector.Scoring;
using Detector.Training.Training;
using Detector.Training.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace Detector.Benchmarks.Models;

/// <summary>
/// Evaluating trained models per message: Detector's own evaluators against ML.NET's <see cref="PredictionEngine{TSrc,TDst}"/>
/// on the very same models (trained here with the production sizes: the default training options' trees and leaves
/// over the conversation features; seven logistic heads over the 2^18 hashed text features), so the comparison is like for like.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ModelEvaluationBenchmarks
{
    private TreeEnsemble _trees = null!;
    private LinearHeads _heads = null!;
    private PredictionEngine<MlNetModels.TreeRow, MlNetModels.ScoreOutput> _treeEngine = null!;
    private PredictionEngine<MlNetModels.TextRow, MlNetModels.ScoreOutput>[] _headEngines = [];
    private MlNetModels.TreeRow _treeRow = null!;
    private MlNetModels.TextRow _textRow = null!;
    private float[] _features = [];
    private int[] _indices = [];
    private float[] _values = [];
    private readonly double[] _scores = new double[SignalCatalog.Groups.Length];

    [GlobalSetup]
    public void Setup()
    {
        var defaults = new TrainingOptions();
        var models = MlNetModels.Train(defaults.LeavesPerTree, defaults.MinimumRowsPerLeaf);
        _trees = FastTreeExport.ToTreeEnsemble(models.Trees.Model.SubModel, ConversationFeatures.Count);
        _treeEngine = models.CreateTreeEngine();
        _treeRow = models.SampleTreeRow;
        _features = _treeRow.Features;

        _heads = LinearExport.ToLinearHeads([.. models.Heads.Select(head => head.Model.SubModel)], MlNetModels.TextFeatures);
        _headEngines = models.CreateHeadEngines();
        _textRow = models.SampleTextRow;
        _indices = _textRow.Features.GetIndices().ToArray();
        _values = _textRow.Features.GetValues().ToArray();
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
}
