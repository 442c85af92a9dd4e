using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Detector.Conversations.Json;

namespace Detector.Evidence.Json;

/// <summary>Source-generated System.Text.Json metadata for evidence bundles.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(EvidenceBundleDocument))]
[JsonSerializable(typeof(ConversationLine))]
[JsonSerializable(typeof(ScoreResultLine))]
internal sealed partial class EvidenceJsonContext : JsonSerializerContext
{
    /// <summary>Options for writing a bundle file: indented for people to read, non-ASCII text kept readable.</summary>
    public static EvidenceJsonContext Indented { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
