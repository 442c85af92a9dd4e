using Detector.Features;

namespace Detector.Scoring;

/// <summary>Reads the furthest stage a conversation has reached from its state, as seen from the suspect.</summary>
internal static class StageTracker
{
    private static readonly Stage[] s_stages = [.. Enum.GetValues<Stage>().Where(s => s != Stage.None)];

    /// <summary>
    /// The furthest stage the suspect's signals reached; at least <see cref="Stage.Capture"/> once a call, image or
    /// video followed sexual talk, and <see cref="Stage.RepeatDemand"/> once money was demanded after a payment.
    /// </summary>
    public static Stage Furthest(ConversationState state, int suspect)
    {
        var furthest = Stage.None;
        foreach (var stage in s_stages)
        {
            if (state.StageFirstMessage[ConversationState.StageCell(suspect, stage)] >= 0)
            {
                furthest = stage;
            }
        }

        var sexualisation = state.StageFirstMessage[ConversationState.StageCell(suspect, Stage.Sexualisation)];
        if (furthest < Stage.Capture && sexualisation >= 0 && state.FirstCaptureEvent > sexualisation)
        {
            furthest = Stage.Capture;
        }

        return state.DemandsAfterPayment > 0 ? Stage.RepeatDemand : furthest;
    }
}
