using System.Text.Json.Serialization;

namespace Detector.Conversations.Json;

/// <summary>The wire shape of one fired signal inside a score result line.</summary>
internal sealed class SignalLine
{
    [JsonPropertyOrder(0)] public required string Name { get; init; }
    [JsonPropertyOrder(1)] public int Message { get; init; }
    [JsonPropertyOrder(2)] public int Start { get; init; }
    [JsonPropertyOrder(3)] public int Length { get; init; }
    [JsonPropertyOrder(4)] public double Weight { get; init; }
}
