using System.Text.Json.Serialization;

namespace Detector.Conversations.Json;

/// <summary>The wire shape of one score result line (contract section 2).</summary>
internal sealed class ScoreResultLine
{
    [JsonPropertyOrder(0)] public required string Id { get; init; }
    [JsonPropertyOrder(1)] public double Risk { get; init; }
    [JsonPropertyOrder(2)] public bool Flagged { get; init; }
    [JsonPropertyOrder(3)] public required string Level { get; init; }
    [JsonPropertyOrder(4)] public required string Stage { get; init; }
    [JsonPropertyOrder(5)] public string? Suspect { get; init; }
    [JsonPropertyOrder(6)] public int? FirstFlaggedAt { get; init; }
    [JsonPropertyOrder(7)] public required IReadOnlyList<SignalLine> Signals { get; init; }

    [JsonPropertyOrder(8), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Model { get; init; }

    [JsonPropertyOrder(9), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Rules { get; init; }
}
