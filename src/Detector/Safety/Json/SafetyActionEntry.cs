namespace Detector.Safety.Json;

/// <summary>The wire shape of one action in a catalog file.</summary>
internal sealed class SafetyActionEntry
{
    public string? Id { get; set; }

    public string? Audience { get; set; }

    public string? Title { get; set; }

    public string? Message { get; set; }

    public List<SafetyTriggerEntry?>? When { get; set; }

    public List<string?>? Resources { get; set; }
}
