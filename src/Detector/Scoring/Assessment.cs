using Detector.Safety;

namespace Detector.Scoring;

/// <summary>The scorer's judgement of a conversation so far. Immutable.</summary>
public sealed record Assessment
{
    /// <summary>A calibrated probability-like score in [0, 1] that the conversation is sextortion.</summary>
    public required double Risk { get; init; }

    /// <summary><see cref="Risk"/> is at or above the configured threshold.</summary>
    public required bool Flagged { get; init; }

    /// <summary>How urgently to act.</summary>
    public required RiskLevel Level { get; init; }

    /// <summary>
    /// The furthest grooming or extortion stage the suspect's signals reached. Stages beyond <see cref="Stage.Rapport"/>
    /// are reported only once <see cref="Risk"/> has reached the <see cref="RiskLevel.Low"/> cut-off; below it the stage
    /// is at most <see cref="Stage.Rapport"/>, so a benign chat in which someone asks to be paid back does not read as a
    /// demand. (A self-harm signal raises <see cref="Level"/> but does not lift this cap.)
    /// </summary>
    public required Stage Stage { get; init; }

    /// <summary>The participant most likely perpetrating, or <see langword="null"/> when none stands out.</summary>
    public string? Suspect { get; init; }

    /// <summary>
    /// The index of the first message after which the conversation, scored message by message, was flagged;
    /// <see langword="null"/> if never.
    /// </summary>
    public int? FirstFlaggedAt { get; init; }

    /// <summary>The signals that fired, in message order.</summary>
    public IReadOnlyList<Signal> Signals { get; init; } = [];

    /// <summary>
    /// What the platform should do, by level and signals (see <see cref="SafetyActionCatalog.Recommend"/>); empty when
    /// nothing is recommended.
    /// </summary>
    public IReadOnlyList<SafetyAction> Actions { get; init; } = [];

    /// <summary>The version of the models that produced this assessment, if models were used.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>The version of the rule packs that produced this assessment.</summary>
    public string? RulesVersion { get; init; }

    /// <summary>
    /// A one-line explanation for a moderator: level, risk, when it was flagged, stage, suspect and the strongest signals
    /// (quoting the text only when the scorer was asked to include excerpts).
    /// </summary>
    public string Explanation => AssessmentExplanation.Format(this);
}
