using Detector.Features;

namespace Detector.Scoring;

/// <summary>
/// Reads the stage to report from a conversation's state, as seen from the suspect. Stages beyond
/// <see cref="Stage.Rapport"/> are reported only once the risk has reached the <see cref="RiskLevel.Low"/> cut-off:
/// below it the stage is at most <see cref="Stage.Rapport"/>, so an innocent "pay me back the $20" in a benign chat
/// does not show as a demand.
/// </summary>
internal static class StageTracker
{
    private static readonly Stage[] s_stages = [.. Enum.GetValues<Stage>().Where(s => s != Stage.None)];

    /// <summary>
    /// The stage to report: <paramref name="furthest"/> (from <see cref="Furthest"/>), capped at the furthest of
    /// <see cref="Stage.Contact"/> and <see cref="Stage.Rapport"/> that the suspect's signals reached unless
    /// <paramref name="riskReachedLow"/> (the conversation's highest risk reached the <see cref="RiskLevel.Low"/> cut-off).
    /// </summary>
    public static Stage Reported(ConversationState state, int suspect, Stage furthest, bool riskReachedLow) =>
        riskReachedLow || furthest <= Stage.Rapport ? furthest : FurthestUpTo(state, suspect, Stage.Rapport);

    /// <summary>
    /// The furthest stage the suspect's signals reached; at least <see cref="Stage.Capture"/> once a call, image or
    /// video followed sexual talk, and <see cref="Stage.RepeatDemand"/> once money was demanded after a payment.
    /// </summary>
    public static Stage Furthest(ConversationState state, int suspect)
    {
        var furthest = FurthestUpTo(state, suspect, Stage.RepeatDemand);
        var sexualisation = state.StageFirstMessage[ConversationState.StageCell(suspect, Stage.Sexualisation)];
        if (furthest < Stage.Capture && sexualisation >= 0 && state.FirstCaptureEvent > sexualisation)
        {
            furthest = Stage.Capture;
        }

        return state.DemandsAfterPayment > 0 ? Stage.RepeatDemand : furthest;
    }

    /// <summary>The furthest stage up to <paramref name="limit"/> that the suspect's own signals reached.</summary>
    private static Stage FurthestUpTo(ConversationState state, int suspect, Stage limit)
    {
        var furthest = Stage.None;
        foreach (var stage in s_stages)
        {
            if (stage <= limit && state.StageFirstMessage[ConversationState.StageCell(suspect, stage)] >= 0)
            {
                furthest = stage;
            }
        }

        return furthest;
    }
}
