using Detector.Features;
using Detector.Rules;

namespace Detector.Scoring;

/// <summary>
/// The public view of a session's kept signals: those whose rule listens to the side the sender is on (suspect or
/// not), as <see cref="Signal"/> records. Cached on the state, so appending a message that fires nothing allocates nothing.
/// </summary>
internal static class SignalView
{
    public static IReadOnlyList<Signal> Of(ConversationState state, int suspect)
    {
        if (state.SignalView is { } cached && cached.Version == state.SignalsVersion && cached.Suspect == suspect)
        {
            return cached.Signals;
        }

        var signals = new List<Signal>(state.Signals.Count);
        foreach (var kept in state.Signals)
        {
            var shown = kept.Side switch
            {
                RuleSender.Suspect => kept.Slot == suspect,
                RuleSender.Victim => kept.Slot != suspect,
                _ => true,
            };
            if (shown)
            {
                signals.Add(new Signal(SignalCatalog.NameOf(kept.Signal), kept.Message, kept.Start, kept.Length, kept.Weight)
                {
                    Source = kept.Source,
                    Rule = kept.Rule,
                    Excerpt = kept.Excerpt.Length == 0 ? null : kept.Excerpt,
                });
            }
        }

        var view = signals.ToArray();
        state.SignalView = (state.SignalsVersion, suspect, view);
        return view;
    }
}
