using System.Text.Json.Serialization;
using Detector.Conversations.Json;

namespace Detector.Evidence.Json;

/// <summary>The wire shape of an evidence bundle file (see <c>README.md</c> beside this folder).</summary>
internal sealed class EvidenceBundleDocument
{
    [JsonPropertyOrder(0)] public required string Format { get; init; }
    [JsonPropertyOrder(1)] public required string CreatedAt { get; init; }
    [JsonPropertyOrder(2)] public string? ModelVersion { get; init; }
    [JsonPropertyOrder(3)] public string? ManifestHash { get; init; }
    [JsonPropertyOrder(4)] public required ConversationLine Conversation { get; init; }
    [JsonPropertyOrder(5)] public required ScoreResultLine Assessment { get; init; }
    [JsonPropertyOrder(6)] public required EvidenceHashesDocument Hashes { get; init; }
    [JsonPropertyOrder(7)] public required string Digest { get; set; }
}
