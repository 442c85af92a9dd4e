using BenchmarkDotNet.Attributes;
using Detector.Models;
using Detector.Training.Corpus;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Detector.Benchmarks.Models;

/// <summary>
/// Loading the models, as a service does at start-up: Detector's <see cref="ModelDirectory"/> (the bundled models from
/// the repository's <c>models/</c> folder, and the same files embedded in the library) against ML.NET's
/// <c>mlContext.Model.Load</c> of models of the same sizes (trained in setup with the production settings: 300 trees of
/// 16 leaves, at least 200 rows a leaf; seven logistic heads over 2^18 features with L1 2, L2 1), each saved to its own
/// file as ML.NET does, plus the <see cref="PredictionEngine{TSrc,TDst}"/> an ML.NET service needs before it can predict.
/// </summary>
[MemoryDiagnoser]
public class ModelLoadingBenchmarks
{
    private string _detectorDirectory = null!;
    private string _mlNetDirectory = null!;
    private string[] _mlNetFiles = [];
    private MlNetModels _models = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("run the benchmarks from inside the repository");
        _detectorDirectory = Path.Combine(root, "models");
        _models = MlNetModels.Train(leavesPerTree: 16, minimumRowsPerLeaf: 200,
            () => new LbfgsLogisticRegressionBinaryTrainer.Options { L1Regularization = 2f, L2Regularization = 1f, MaximumNumberOfIterations = 200 });

        _mlNetDirectory = Directory.CreateTempSubdirectory("detector-bench-mlnet-").FullName;
        var treeFile = Path.Combine(_mlNetDirectory, "conversation-model.zip");
        var data = _models.Context.Data;
        _models.Context.Model.Save(_models.Trees, data.LoadFromEnumerable([_models.SampleTreeRow], _models.TreeSchema).Schema, treeFile);
        var headFiles = _models.Heads.Select((head, i) =>
        {
            var file = Path.Combine(_mlNetDirectory, $"text-head-{i}.zip");
            _models.Context.Model.Save(head, data.LoadFromEnumerable([_models.SampleTextRow]).Schema, file);
            return file;
        });
        _mlNetFiles = [treeFile, .. headFiles];
        Console.WriteLine($"// ML.NET model files: {_mlNetFiles.Sum(f => new FileInfo(f).Length):N0} bytes in {_mlNetFiles.Length} files; " +
            $"Detector's: {DetectorFiles.Sum(f => new FileInfo(Path.Combine(_detectorDirectory, f)).Length):N0} bytes in {DetectorFiles.Length} files");
    }

    private static string[] DetectorFiles => [ModelDirectory.ManifestFile, ModelDirectory.TextModelFile, ModelDirectory.ConversationModelFile];

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_mlNetDirectory, recursive: true);

    [Benchmark(Baseline = true, Description = "ML.NET: Model.Load ×8 (trees + 7 heads), from files")]
    public int MlNetLoad()
    {
        var loaded = 0;
        foreach (var file in _mlNetFiles)
        {
            loaded += _models.Context.Model.Load(file, out _) is null ? 0 : 1;
        }

        return loaded;
    }

    [Benchmark(Description = "ML.NET: Model.Load ×8 + CreatePredictionEngine ×8, from files")]
    public int MlNetLoadAndCreateEngines()
    {
        var ml = _models.Context;
        var trees = ml.Model.Load(_mlNetFiles[0], out _);
        using var treeEngine = ml.Model.CreatePredictionEngine<MlNetModels.TreeRow, MlNetModels.ScoreOutput>(trees, inputSchemaDefinition: _models.TreeSchema);
        var engines = 1;
        foreach (var file in _mlNetFiles.AsSpan(1))
        {
            using var engine = ml.Model.CreatePredictionEngine<MlNetModels.TextRow, MlNetModels.ScoreOutput>(ml.Model.Load(file, out _));
            engines++;
        }

        return engines;
    }

    [Benchmark(Description = "Detector: ModelDirectory.Load (models/ folder)")]
    public object DetectorLoadDirectory() => ModelDirectory.Load(_detectorDirectory);

    [Benchmark(Description = "Detector: ModelDirectory.LoadDefault (embedded)")]
    public object? DetectorLoadEmbedded() => ModelDirectory.LoadDefault();
}
