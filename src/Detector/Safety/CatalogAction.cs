namespace Detector.Safety;

/// <summary>One action of a loaded catalog: the action with all its resources, and when to recommend it.</summary>
internal sealed record CatalogAction(SafetyAction Action, IReadOnlyList<SafetyTrigger> When);
