namespace Detector.Safety.Json;

/// <summary>The wire shape of one help resource in a catalog file.</summary>
internal sealed class HelpResourceEntry
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? Url { get; set; }

    public string? Region { get; set; }

    public string? Audience { get; set; }

    public string? Description { get; set; }
}
