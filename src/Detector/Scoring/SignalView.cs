using Detector.Features;
using Detector.Rules;

namespace Detector.Scoring;

/// <summary>
/// The public view of a session's kept signals: those whose rule listens to the side the sender is on (suspect or
/// not), as <see cref="Signal"/> records. Cached on the state, so appending a message that fires nothing allocates nothing.
/// </summary>
internal static class SignalView
{
    /// <summary>
    /// The suspect to pass while nobody is suspected of anything (every perpetrator score is 0): the slot chosen then is
    /// only a tie-break, so every signal is shown whoever sent it, such as a minor's stated age sent before the other
    /// side says anything the rules catch.
    /// </summary>
    public const int NoSuspect = -1;

    /// <summary>The signals shown with <paramref name="suspect"/> as the suspect's slot, or <see cref="NoSuspect"/>.</summary>
    public static IReadOnlyList<Signal> Of(ConversationState state, int suspect)
    {
        if (state.SignalView is { } cached && cached.Version == state.SignalsVersion && cached.Suspect == suspect)
        {
            return cached.Signals;
        }

        var shown = 0;
        foreach (var kept in state.Signals)
        {
            shown += IsShown(kept, suspect) ? 1 : 0;
        }

        var view = new Signal[shown];
        var next = 0;
        foreach (var kept in state.Signals)
        {
            if (IsShown(kept, suspect))
            {
                view[next++] = kept.ToSignal();
            }
        }

        state.SignalView = (state.SignalsVersion, suspect, view);
        return view;
    }

    private static bool IsShown(KeptSignal kept, int suspect) => suspect == NoSuspect || kept.Side switch
    {
        RuleSender.Suspect => kept.Slot == suspect,
        RuleSender.Victim => kept.Slot != suspect,
        _ => true,
    };
}
