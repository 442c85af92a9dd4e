using System.Text.Json.Serialization;

namespace Detector.Models.Files;

/// <summary><c>conversation-model.json</c>: the conversation model's trees and calibration, readable and diffable.</summary>
internal sealed class ConversationModelFile
{
    [JsonPropertyOrder(0)] public List<string> FeatureNames { get; set; } = [];

    [JsonPropertyOrder(1)] public double Bias { get; set; }

    [JsonPropertyOrder(2)] public double CalibrationSlope { get; set; }

    [JsonPropertyOrder(3)] public double CalibrationOffset { get; set; }

    [JsonPropertyOrder(4)] public List<TreeRecord> Trees { get; set; } = [];

    /// <summary>One tree, in the layout of <see cref="TreeEnsembleTree"/>.</summary>
    internal sealed class TreeRecord
    {
        [JsonPropertyOrder(0)] public double Weight { get; set; } = 1;

        [JsonPropertyOrder(1)] public int[] SplitFeature { get; set; } = [];

        [JsonPropertyOrder(2)] public float[] Threshold { get; set; } = [];

        [JsonPropertyOrder(3)] public int[] Left { get; set; } = [];

        [JsonPropertyOrder(4)] public int[] Right { get; set; } = [];

        [JsonPropertyOrder(5)] public double[] LeafValues { get; set; } = [];
    }
}
