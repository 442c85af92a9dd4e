using System.Text.Json;
using System.Text.Json.Serialization;

namespace Detector.Models.Files;

/// <summary>
/// <c>manifest.json</c> of a model directory: what the models are, what they were trained on, how well they did, the
/// threshold chosen for them, and the SHA-256 of every file, so a changed or corrupted file is refused.
/// </summary>
internal sealed class ModelManifest
{
    /// <summary>The manifest format this version of Detector reads and writes.</summary>
    public const int CurrentFormat = 1;

    [JsonPropertyOrder(0)] public int Format { get; set; }

    /// <summary>The model version reported in every assessment, e.g. <c>2026.11.0+3f2a9c1e</c>.</summary>
    [JsonPropertyOrder(1)] public string Version { get; set; } = string.Empty;

    /// <summary>The Detector version that trained the models.</summary>
    [JsonPropertyOrder(2)] public string TrainedWith { get; set; } = string.Empty;

    /// <summary>The hash of the feature names the conversation model was trained on.</summary>
    [JsonPropertyOrder(3)] public string FeatureSchema { get; set; } = string.Empty;

    [JsonPropertyOrder(4)] public int TextFeatureBits { get; set; }

    [JsonPropertyOrder(5)] public List<string> TextGroups { get; set; } = [];

    /// <summary>The risk at or above which a conversation is flagged, chosen on the validation split.</summary>
    [JsonPropertyOrder(6)] public double Threshold { get; set; }

    [JsonPropertyOrder(7)] public LevelCutoffs Levels { get; set; } = new();

    /// <summary>Thresholds chosen the same way for the two baselines evaluation compares with (rules alone, text model alone).</summary>
    [JsonPropertyOrder(8)] public BaselineThresholdRecord BaselineThresholds { get; set; } = new();

    [JsonPropertyOrder(9)] public TrainingDataRecord TrainingData { get; set; } = new();

    /// <summary>File name → lower-case hex SHA-256.</summary>
    [JsonPropertyOrder(10)] public SortedDictionary<string, string> Files { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Evaluation figures recorded at training time (free-form; written by <c>detector train</c>).</summary>
    [JsonPropertyOrder(11)] public JsonElement? Metrics { get; set; }

    /// <summary>Risk cut-offs for the levels below and above the threshold.</summary>
    internal sealed class LevelCutoffs
    {
        [JsonPropertyOrder(0)] public double Low { get; set; }

        [JsonPropertyOrder(1)] public double Medium { get; set; }

        [JsonPropertyOrder(2)] public double Critical { get; set; }
    }

    /// <summary>The baselines' thresholds.</summary>
    internal sealed class BaselineThresholdRecord
    {
        [JsonPropertyOrder(0)] public double RulesOnly { get; set; }

        [JsonPropertyOrder(1)] public double TextModelOnly { get; set; }
    }

    /// <summary>What the models were trained on.</summary>
    internal sealed class TrainingDataRecord
    {
        /// <summary>SHA-256 over the training files' hashes, in order.</summary>
        [JsonPropertyOrder(0)] public string Fingerprint { get; set; } = string.Empty;

        [JsonPropertyOrder(1)] public SortedDictionary<string, string> Files { get; set; } = new(StringComparer.Ordinal);

        [JsonPropertyOrder(2)] public string? Generator { get; set; }
    }
}
