namespace Detector.Rules;

/// <summary>A problem found in a rule pack: a reason it was refused, or (from <c>detector rules lint</c>) a warning.</summary>
/// <param name="File">The pack's file (or embedded resource) name.</param>
/// <param name="RuleId">The rule concerned; <see langword="null"/> for a problem with the pack as a whole.</param>
/// <param name="Problem">What is wrong.</param>
public sealed record RulePackProblem(string File, string? RuleId, string Problem)
{
    /// <summary>The problem as <c>FILE: rule ID: problem</c> (or <c>FILE: problem</c>).</summary>
    public override string ToString() => RuleId is null ? $"{File}: {Problem}" : $"{File}: rule {RuleId}: {Problem}";
}
