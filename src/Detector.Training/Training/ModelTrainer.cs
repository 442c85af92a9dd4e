using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Detector.Conversations;
using Detector.Features;
using Detector.Models;
using Detector.Models.Files;
using Detector.Rules;
using Detector.Scoring;
using Detector.Training.Models;

namespace Detector.Training.Training;

/// <summary>
/// Trains Detector's models from labelled conversations and writes them, with a manifest, to a model directory:
/// the text model on the training split's message annotations, the conversation model on its prefixes, then
/// calibration, the threshold and the level cut-offs on the validation split. Deterministic for a seed.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Trains on <paramref name="training"/>, calibrates on <paramref name="validation"/>, and writes to <paramref name="outputDirectory"/>.</summary>
    /// <param name="training">The training conversations (with per-message signal annotations).</param>
    /// <param name="validation">Held-out labelled conversations for calibration and the threshold.</param>
    /// <param name="dataFiles">File name → SHA-256 of each input file, recorded as the training-data fingerprint.</param>
    /// <param name="outputDirectory">Where to write the models.</param>
    /// <param name="options">Training settings; defaults when <see langword="null"/>.</param>
    /// <param name="progress">Where progress lines go.</param>
    /// <returns>The manifest written.</returns>
    public static string Train(
        IReadOnlyList<Conversation> training,
        IReadOnlyList<Conversation> validation,
        IReadOnlyDictionary<string, string> dataFiles,
        string outputDirectory,
        TrainingOptions? options,
        TrainingProgress progress)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(validation);
        ArgumentNullException.ThrowIfNull(progress);
        options ??= new TrainingOptions();
        progress.Report($"training on {training.Count:N0} conversations, validating on {validation.Count:N0}");

        // The conversation model must learn from text-model probabilities like those it will see in use: on texts the
        // text model never trained on. So the training rows are cross-fitted: messages are split into folds by a hash of
        // their normalised text (equal texts share a fold), and each message is featurised by a text model trained on
        // the other folds. Validation and production use the text model trained on all of them.
        var fingerprint = Fingerprint(dataFiles);
        var examples = TextModelTrainer.Examples(training, CrossFitFolds);
        progress.Report($"text model: {examples.Count:N0} annotated messages, {CrossFitFolds} cross-fitting folds");
        var foldHeads = new LinearHeads[CrossFitFolds];
        for (var fold = 0; fold < CrossFitFolds; fold++)
        {
            progress.Report($"cross-fitting fold {fold + 1}/{CrossFitFolds}");
            foldHeads[fold] = TextModelTrainer.Train([.. examples.Where(e => e.Fold != fold)], options, progress);
        }

        // The conversation model's rows come from augmented conversations: some seen from the middle, some with
        // signal-free small talk inserted, so neither the generator's openings nor its message rhythm read as risk.
        var cropped = MidConversationCrop.Apply(training, options.CropShare, options.Seed);
        var augmented = SmallTalkAugmentation.Apply(cropped, options.SmallTalkShare, options.Seed + 1);
        progress.Report($"augmentation: {Changed(cropped, training)} conversations seen from the middle, small talk inserted into {Changed(augmented, cropped)}");
        var trainRows = PrefixRows.Extract(augmented, FeatureScorer(new TextModel(foldHeads)), progress, options.PositiveFrom, "training");
        progress.Report("text model on all training messages");
        var textHeads = TextModelTrainer.Train(examples, options, progress);
        var validationRows = PrefixRows.Extract(validation, FeatureScorer(new TextModel(textHeads)), progress, options.PositiveFrom, "validation");

        var trees = ConversationModelTrainer.Train(trainRows, options, progress);
        progress.Report("calibration: Platt scaling on the validation prefixes that show what they are");
        var rawScores = validationRows.Features.Select(f => trees.Evaluate(f)).ToList();
        var evident = validationRows.EvidentRows.ToList();
        var calibrator = PlattCalibration.Fit([.. evident.Select(row => rawScores[row])], [.. evident.Select(row => validationRows.Labels[row])]);
        var conversationModel = new ConversationModel(trees, calibrator);

        var risks = validationRows.HighWater([.. rawScores.Select(calibrator.Probability)]);
        var labels = validationRows.ConversationLabels;
        var target = options.TargetFalsePositiveRate;
        var threshold = ThresholdSelection.AtFalsePositiveRate(risks, labels, target);
        var critical = Math.Max(threshold, ThresholdSelection.AtFalsePositiveRate(risks, labels, target / 10));
        var levels = new ModelManifest.LevelCutoffs
        {
            Low = Math.Min(threshold, ThresholdSelection.AtFalsePositiveRate(risks, labels, 0.20)),
            Medium = Math.Min(threshold, ThresholdSelection.AtFalsePositiveRate(risks, labels, 0.05)),
            Critical = critical,
        };
        var rulesRisks = validationRows.HighWater(validationRows.RulesOnlyRisk);
        var textRisks = validationRows.HighWater(validationRows.TextModelOnlyRisk);
        var baselines = new ModelManifest.BaselineThresholdRecord
        {
            RulesOnly = ThresholdSelection.AtFalsePositiveRate(rulesRisks, labels, target),
            TextModelOnly = ThresholdSelection.AtFalsePositiveRate(textRisks, labels, target),
        };
        progress.Report(string.Create(CultureInfo.InvariantCulture,
            $"threshold {threshold:0.0000}: validation recall {ThresholdSelection.RateAt(risks, labels, true, threshold):0.000}, FPR {ThresholdSelection.RateAt(risks, labels, false, threshold):0.000}"));

        var files = ModelDirectory.Serialize(textHeads, ToFile(conversationModel));
        var version = $"{DetectorVersion()}+{ModelIdentity(fingerprint, options, files)[..8]}";
        var manifest = new ModelManifest
        {
            Format = ModelManifest.CurrentFormat,
            Version = version,
            TrainedWith = DetectorVersion(),
            FeatureSchema = ModelDirectory.FeatureSchema,
            TextFeatureBits = TextFeaturizer.Bits,
            TextGroups = [.. SignalCatalog.Groups],
            Threshold = threshold,
            Levels = levels,
            BaselineThresholds = baselines,
            TrainingData = new ModelManifest.TrainingDataRecord
            {
                Fingerprint = fingerprint,
                Files = new SortedDictionary<string, string>(dataFiles.ToDictionary(), StringComparer.Ordinal),
                Generator = "detector corpus (src/Detector.Training/Corpus)",
            },
            Metrics = ValidationMetrics(risks, rulesRisks, textRisks, labels, threshold, baselines, target),
        };
        ModelDirectory.Save(outputDirectory, manifest, files);
        progress.Report($"wrote {version} to {outputDirectory}");
        return Path.Combine(outputDirectory, ModelDirectory.ManifestFile);
    }

    private static string Changed(IReadOnlyList<Conversation> changed, IReadOnlyList<Conversation> original) =>
        Enumerable.Range(0, original.Count).Count(i => !ReferenceEquals(changed[i], original[i])).ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>How many folds cross-fit the text model into the conversation model's training rows.</summary>
    private const int CrossFitFolds = 2;

    /// <summary>
    /// A scorer that computes features with <paramref name="text"/> as the text model: the very session code that scores
    /// in production, so training sees exactly the features scoring will.
    /// </summary>
    private static ConversationScorer FeatureScorer(TextModel text) => new(
        RuleEngine.Default,
        new DetectorModel("(in training)", text, Conversation: null, 0.5, default, string.Empty, 0.5, 0.5),
        new DetectorOptions(),
        RiskMethod.TextModelOnly);

    /// <summary>SHA-256 over "name:hash" lines of the input files, in name order.</summary>
    public static string Fingerprint(IReadOnlyDictionary<string, string> dataFiles)
    {
        ArgumentNullException.ThrowIfNull(dataFiles);
        var lines = string.Concat(dataFiles.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}:{p.Value}\n"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(lines)));
    }

    /// <summary>
    /// A hash of the training data's fingerprint, the feature schema, every training option and the model files, so that
    /// models trained differently from the same data never share a version, nor do models whose files differ (ML.NET's
    /// arithmetic depends on the processor's vector instructions, so the same command can train different weights on
    /// another kind of machine).
    /// </summary>
    internal static string ModelIdentity(string fingerprint, TrainingOptions options, IReadOnlyDictionary<string, byte[]> files)
    {
        var settings = string.Create(CultureInfo.InvariantCulture,
            $"{fingerprint}\nschema={ModelDirectory.FeatureSchema}\nseed={options.Seed};trees={options.Trees};leaves={options.LeavesPerTree};min-leaf={options.MinimumRowsPerLeaf};"
            + $"feature-fraction={options.FeatureFraction:R};learning-rate={options.LearningRate:R};text-l1={options.TextL1:R};"
            + $"text-l2={options.TextL2:R};fpr={options.TargetFalsePositiveRate:R};positive-from={options.PositiveFrom};small-talk={options.SmallTalkShare:R};crop={options.CropShare:R}")
            + string.Concat(files.OrderBy(file => file.Key, StringComparer.Ordinal).Select(file => $"\n{file.Key}:{ModelDirectory.Sha256(file.Value)}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(settings)));
    }

    private static JsonElement ValidationMetrics(
        double[] risks, double[] rulesRisks, double[] textRisks, List<bool> labels, double threshold,
        ModelManifest.BaselineThresholdRecord baselines, double target)
    {
        var metrics = new Dictionary<string, object>(StringComparer.Ordinal)
        {
            ["split"] = "validation",
            ["conversations"] = labels.Count,
            ["targetFalsePositiveRate"] = target,
            ["models"] = AtThreshold(risks, threshold),
            ["rulesOnly"] = AtThreshold(rulesRisks, baselines.RulesOnly),
            ["textModelOnly"] = AtThreshold(textRisks, baselines.TextModelOnly),
        };
        return JsonSerializer.SerializeToElement(metrics, TrainingJsonContext.Default.DictionaryStringObject);

        Dictionary<string, double> AtThreshold(double[] values, double t) => new(StringComparer.Ordinal)
        {
            ["threshold"] = t,
            ["recall"] = ThresholdSelection.RateAt(values, labels, true, t),
            ["falsePositiveRate"] = ThresholdSelection.RateAt(values, labels, false, t),
        };
    }

    private static ConversationModelFile ToFile(ConversationModel model) => new()
    {
        FeatureNames = [.. ConversationFeatures.Names],
        Bias = model.Trees.Bias,
        CalibrationSlope = model.Calibrator.Slope,
        CalibrationOffset = model.Calibrator.Offset,
        Trees = [.. model.Trees.Trees.Select(t => new ConversationModelFile.TreeRecord
        {
            Weight = t.Weight,
            SplitFeature = t.SplitFeature,
            Threshold = t.Threshold,
            Left = t.Left,
            Right = t.Right,
            LeafValues = t.LeafValues,
        })],
    };

    private static string DetectorVersion() =>
        typeof(ConversationScorer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}
