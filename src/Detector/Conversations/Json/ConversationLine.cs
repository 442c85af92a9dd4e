using System.Text.Json.Serialization;

namespace Detector.Conversations.Json;

/// <summary>The wire shape of one conversation line; validated and mapped to <see cref="Conversation"/>.</summary>
internal sealed class ConversationLine
{
    [JsonPropertyOrder(0)] public string? Id { get; set; }

    [JsonPropertyOrder(1), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Label { get; set; }

    [JsonPropertyOrder(2), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Suspect { get; set; }

    [JsonPropertyOrder(3)] public List<MessageLine?>? Messages { get; set; }
}
