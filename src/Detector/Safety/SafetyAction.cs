namespace Detector.Safety;

/// <summary>
/// Something a platform should do about an assessed conversation: show the potential victim a warning, escalate to a
/// moderator, restrict the suspect's account. The texts come from a <see cref="SafetyActionCatalog"/>.
/// </summary>
/// <param name="Id">The action's id in the catalog, e.g. <c>warn_victim</c>, <c>escalate_to_moderator</c>,
/// <c>restrict_suspect</c>, <c>show_crisis_support</c>, <c>escalate_child_safety</c>.</param>
/// <param name="Audience">Whom the action addresses or applies to.</param>
/// <param name="Title">A short title.</param>
/// <param name="Message">The text to show (to the victim) or the instruction (to the moderator or platform).</param>
public sealed record SafetyAction(string Id, SafetyAudience Audience, string Title, string Message)
{
    /// <summary>Help resources to offer with the action, already chosen for the region and the person's age where known.</summary>
    public IReadOnlyList<HelpResource> Resources { get; init; } = [];
}
