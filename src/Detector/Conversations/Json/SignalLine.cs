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

    /// <summary>Optional extension: <c>rules</c> or <c>model</c>.</summary>
    [JsonPropertyOrder(5), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>Optional extension: the id of the rule that fired.</summary>
    [JsonPropertyOrder(6), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Rule { get; init; }
}
