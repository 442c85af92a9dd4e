using Detector.Safety;
using Detector.Scoring;

namespace ModerationService;

/// <summary>What the service returns for a conversation: its assessment after the last message.</summary>
public sealed record AssessmentResponse(
    string Conversation,
    int Messages,
    double Risk,
    bool Flagged,
    RiskLevel Level,
    Stage Stage,
    string? Suspect,
    int? FirstFlaggedAt,
    string Explanation,
    IReadOnlyList<Signal> Signals,
    IReadOnlyList<SafetyAction> Actions,
    VersionsResponse Versions)
{
    /// <summary>The response for <paramref name="session"/> of conversation <paramref name="conversationId"/>.</summary>
    public static AssessmentResponse Of(string conversationId, ConversationSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var assessment = session.Current;
        return new(
            conversationId,
            session.MessageCount,
            assessment.Risk,
            assessment.Flagged,
            assessment.Level,
            assessment.Stage,
            assessment.Suspect,
            assessment.FirstFlaggedAt,
            assessment.Explanation,
            assessment.Signals,
            assessment.Actions,
            new VersionsResponse(assessment.ModelVersion, assessment.RulesVersion));
    }
}
