using System.Text.Json;
using System.Text.Json.Serialization;

namespace Detector.Safety.Json;

/// <summary>
/// Source-generated System.Text.Json metadata for safety action catalog files. Unknown fields are refused, so a
/// misspelt field name is reported rather than silently ignored.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(SafetyCatalogFile))]
internal sealed partial class SafetyJsonContext : JsonSerializerContext;
