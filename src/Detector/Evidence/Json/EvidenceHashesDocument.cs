using System.Text.Json.Serialization;

namespace Detector.Evidence.Json;

/// <summary>The wire shape of an evidence bundle's <c>hashes</c> object: lower-case hex SHA-256 values.</summary>
internal sealed class EvidenceHashesDocument
{
    [JsonPropertyOrder(0)] public required string Algorithm { get; init; }
    [JsonPropertyOrder(1)] public required string Header { get; init; }
    [JsonPropertyOrder(2)] public required IReadOnlyList<string> Messages { get; init; }
    [JsonPropertyOrder(3)] public required IReadOnlyList<string> Chain { get; init; }
    [JsonPropertyOrder(4)] public required string Assessment { get; init; }
}
