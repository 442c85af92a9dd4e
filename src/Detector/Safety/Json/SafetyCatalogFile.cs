using System.Text.Json.Serialization;

namespace Detector.Safety.Json;

/// <summary>The wire shape of a safety action catalog file (see <c>safety-actions.schema.json</c>).</summary>
internal sealed class SafetyCatalogFile
{
    [JsonPropertyName("$schema")] public string? Schema { get; set; }

    public string? Version { get; set; }

    public List<HelpResourceEntry?>? Resources { get; set; }

    public List<SafetyActionEntry?>? Actions { get; set; }
}
