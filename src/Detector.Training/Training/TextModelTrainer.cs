using Detector.Conversations;
using Detector.Models;
using Detector.Normalization;
using Detector.Scoring;
using Detector.Training.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Detector.Training.Training;

/// <summary>
/// Trains the message-level text model: for each signal group, a logistic regression (ML.NET's L-BFGS trainer) that
/// predicts from a message's hashed text features whether its annotations name a signal of that group.
/// </summary>
internal static class TextModelTrainer
{
    /// <summary>The text-model examples of every annotated message in <paramref name="conversations"/>.</summary>
    /// <param name="conversations">The training conversations.</param>
    /// <param name="folds">The number of cross-fitting folds to assign the messages to.</param>
    public static List<TextExample> Examples(IEnumerable<Conversation> conversations, int folds)
    {
        var normalized = new NormalizedText();
        var indices = new int[TextFeaturizer.MaxFeatures];
        var values = new float[TextFeaturizer.MaxFeatures];
        var examples = new List<TextExample>();
        foreach (var message in conversations.SelectMany(c => c.Messages))
        {
            if (message.Text.Length == 0)
            {
                continue;
            }

            TextNormalizer.Normalize(message.Text, normalized);
            var count = TextFeaturizer.Featurize(normalized.Chars, indices, values);
            var groups = 0;
            foreach (var name in message.Signals)
            {
                var signal = SignalCatalog.IndexOf(name);
                groups |= signal < 0 ? 0 : 1 << SignalCatalog.GroupOf(signal);
            }

            examples.Add(new TextExample(indices[..count], values[..count], groups, TextModel.FoldOf(normalized.Chars, folds)));
        }

        return examples;
    }

    public static LinearHeads Train(IReadOnlyList<TextExample> examples, TrainingOptions options, TrainingProgress progress)
    {
        if (!examples.Any(e => e.Groups != 0))
        {
            throw new InvalidDataException(
                "The training data has no per-message signal annotations ('signals'), which the text model learns from. Train on the generated corpus.");
        }

        var ml = new MLContext(options.Seed);
        var heads = new List<LinearBinaryModelParameters>();
        for (var group = 0; group < SignalCatalog.Groups.Length; group++)
        {
            var positives = examples.Count(e => (e.Groups & (1 << group)) != 0);
            progress.Report($"text model: head {group + 1}/{SignalCatalog.Groups.Length} ({SignalCatalog.Groups[group]}), {positives:N0} of {examples.Count:N0} messages positive");
            var data = ml.Data.LoadFromEnumerable(examples.Select(e => new Row
            {
                Label = (e.Groups & (1 << group)) != 0,
                Features = new VBuffer<float>(TextFeaturizer.FeatureCount, e.Indices.Length, e.Values, e.Indices),
            }));
            var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                L1Regularization = options.TextL1,
                L2Regularization = options.TextL2,
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            });
            heads.Add(trainer.Fit(data).Model.SubModel);
        }

        return LinearExport.ToLinearHeads(heads, TextFeaturizer.FeatureCount);
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(TextFeaturizer.FeatureCount)]
        public VBuffer<float> Features { get; set; }
    }
}
