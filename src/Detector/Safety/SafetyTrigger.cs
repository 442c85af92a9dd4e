using Detector.Scoring;

namespace Detector.Safety;

/// <summary>
/// One condition under which an action is recommended: the assessment's level is one of <see cref="Levels"/> (if given)
/// and at least one of <see cref="Signals"/> fired (if given).
/// </summary>
internal sealed record SafetyTrigger(IReadOnlyList<RiskLevel>? Levels, IReadOnlyList<string>? Signals)
{
    public bool Matches(Assessment assessment) =>
        (Levels is null || Levels.Contains(assessment.Level)) &&
        (Signals is null || assessment.Signals.Any(signal => Signals.Contains(signal.Name)));
}
