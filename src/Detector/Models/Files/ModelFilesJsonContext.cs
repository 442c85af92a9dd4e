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
internal sealed partial class ModelFilesJsonContext : JsonSerializerContext;
