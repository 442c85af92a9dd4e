namespace Detector.Rules;

/// <summary>
/// A proximity condition: the rule only counts if <paramref name="Signal"/> fired in the same
/// message or in one of the <paramref name="Within"/> messages before it.
/// </summary>
/// <param name="Signal">The wire name of the signal that must have fired.</param>
/// <param name="Within">How many messages back to look (0: the same message only).</param>
public sealed record RuleNearCondition(string Signal, int Within);
