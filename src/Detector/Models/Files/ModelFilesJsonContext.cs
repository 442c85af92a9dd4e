using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Detector.Models.Files;

/// <summary>Source-generated System.Text.Json metadata for the model directory's JSON files.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NumberHandling = JsonNumberHandling.Strict,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ModelManifest))]
[JsonSerializable(typeof(ConversationModelFile))]
internal sealed partial class ModelFilesJsonContext : JsonSerializerContext
{
    /// <summary>Options for writing: indented, with readable text ('+' and non-ASCII left unescaped).</summary>
    public static ModelFilesJsonContext Writing { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
