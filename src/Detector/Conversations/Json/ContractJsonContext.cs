using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Detector.Conversations.Json;

/// <summary>Source-generated System.Text.Json metadata for the contract's line formats.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    GenerationMode = JsonSourceGenerationMode.Default)]
[JsonSerializable(typeof(ConversationLine))]
[JsonSerializable(typeof(ScoreResultLine))]
internal sealed partial class ContractJsonContext : JsonSerializerContext
{
    /// <summary>
    /// Options for writing: readable non-ASCII text (the files are UTF-8), nulls kept only where the
    /// contract shows them.
    /// </summary>
    public static ContractJsonContext Writing { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
