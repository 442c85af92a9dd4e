using BenchmarkDotNet.Attributes;
using Detector.Benchmarks.Models;
using Detector.Conversations;
using Detector.Features;
using Detector.Models;
using Detector.Normalization;
using Detector.Scoring;
using Detector.Training.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Detector.Benchmarks.Scoring;

/// <summary>
/// Batch scoring of the 30-message conversation against a baseline that evaluates the models per message through ML.NET's
/// <see cref="PredictionEngine{TSrc,TDst}"/>, as batch scoring does (the risk of every prefix is needed for
/// <c>firstFlaggedAt</c>): per message, the text normalised and featurised, seven text heads, then the conversation
/// model on the prefix's features. The ML.NET models have the bundled models' sizes (see <see cref="MlNetModels"/>); the
/// prefixes' conversation features are computed in setup, so the baseline is the model work alone (no rules, no features,
/// no assessment) and a lower bound for an ML.NET-based scorer. The same loop with Detector's evaluators on the same
/// models shows how much of the difference is model evaluation.
/// </summary>
[MemoryDiagnoser]
public class BatchScoringBaselineBenchmarks
{
    private readonly NormalizedText _normalized = new();
    private readonly int[] _indices = new int[TextFeaturizer.MaxFeatures];
    private readonly float[] _values = new float[TextFeaturizer.MaxFeatures];
    private readonly double[] _scores = new double[SignalCatalog.Groups.Length];
    private readonly MlNetModels.TextRow _textRow = new();
    private ConversationScorer _scorer = null!;
    private Conversation _conversation = null!;
    private PredictionEngine<MlNetModels.TreeRow, MlNetModels.ScoreOutput> _treeEngine = null!;
    private PredictionEngine<MlNetModels.TextRow, MlNetModels.ScoreOutput>[] _headEngines = [];
    private MlNetModels.TreeRow[] _prefixRows = [];
    private TreeEnsemble _trees = null!;
    private LinearHeads _heads = null!;

    [GlobalSetup]
    public void Setup()
    {
        _scorer = new ConversationScorer();
        _conversation = new Conversation("bench", ThirtyMessageConversation.Messages());

        var session = _scorer.CreateSession();
        _prefixRows = [.. _conversation.Messages.Select(message =>
        {
            session.Append(message);
            var features = new float[ConversationFeatures.Count];
            ConversationFeatures.Write(session.State, ConversationFeatures.ChooseSuspect(session.State), features);
            return new MlNetModels.TreeRow { Features = features };
        })];

        var models = MlNetModels.Train(leavesPerTree: 16, minimumRowsPerLeaf: 200,
            () => new LbfgsLogisticRegressionBinaryTrainer.Options { L1Regularization = 2f, L2Regularization = 1f, MaximumNumberOfIterations = 200 });
        _treeEngine = models.CreateTreeEngine();
        _headEngines = models.CreateHeadEngines();
        _trees = FastTreeExport.ToTreeEnsemble(models.Trees.Model.SubModel, ConversationFeatures.Count);
        _heads = LinearExport.ToLinearHeads([.. models.Heads.Select(head => head.Model.SubModel)], MlNetModels.TextFeatures);
    }

    [Benchmark(Baseline = true, Description = "ML.NET PredictionEngine per message, models only (30 messages)")]
    public double MlNetPerMessage()
    {
        var sum = 0.0;
        for (var i = 0; i < _prefixRows.Length; i++)
        {
            var count = Featurize(_conversation.Messages[i].Text);
            _textRow.Features = new VBuffer<float>(MlNetModels.TextFeatures, count, _values, _indices);
            foreach (var engine in _headEngines)
            {
                sum += engine.Predict(_textRow).Score;
            }

            sum += _treeEngine.Predict(_prefixRows[i]).Score;
        }

        return sum;
    }

    [Benchmark(Description = "Detector evaluators per message, models only (30 messages, same models)")]
    public double DetectorEvaluatorsPerMessage()
    {
        var sum = 0.0;
        for (var i = 0; i < _prefixRows.Length; i++)
        {
            var count = Featurize(_conversation.Messages[i].Text);
            _heads.Score(_indices.AsSpan(0, count), _values.AsSpan(0, count), _scores);
            sum += _scores[0] + _trees.Evaluate(_prefixRows[i].Features);
        }

        return sum;
    }

    [Benchmark(Description = "Detector ConversationScorer.Score, whole pipeline (30 messages, bundled models)")]
    public Assessment DetectorScore() => _scorer.Score(_conversation);

    private int Featurize(string text)
    {
        TextNormalizer.Normalize(text, _normalized);
        return TextFeaturizer.Featurize(_normalized.Chars, _indices, _values);
    }
}
