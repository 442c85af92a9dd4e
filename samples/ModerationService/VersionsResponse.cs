namespace ModerationService;

/// <summary>The versions of the models and rule packs that produced an assessment.</summary>
public sealed record VersionsResponse(string? Model, string? Rules);
