namespace Detector.Safety.Json;

/// <summary>The wire shape of one entry of an action's <c>when</c> list.</summary>
internal sealed class SafetyTriggerEntry
{
    public List<string?>? Levels { get; set; }

    public List<string?>? Signals { get; set; }
}
