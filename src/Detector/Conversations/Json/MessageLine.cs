using System.Text.Json.Serialization;

namespace Detector.Conversations.Json;

/// <summary>The wire shape of one message inside a conversation line.</summary>
internal sealed class MessageLine
{
    [JsonPropertyOrder(0)] public string? From { get; set; }

    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? At { get; set; }

    [JsonPropertyOrder(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Kind { get; set; }

    [JsonPropertyOrder(3)] public string? Text { get; set; }

    [JsonPropertyOrder(4), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public List<string?>? Signals { get; set; }
}
