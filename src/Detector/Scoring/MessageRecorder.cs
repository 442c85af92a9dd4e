using Detector.Conversations;
using Detector.Features;
using Detector.Rules;

namespace Detector.Scoring;

/// <summary>
/// Folds one message into a conversation's state: the rules that fire on it and the text model's probabilities, as
/// counts, maxima and kept signals. Shared by <see cref="ConversationSession.Append"/> and batch scoring, so both
/// record a message the same way.
/// </summary>
internal static class MessageRecorder
{
    /// <summary>A text-model probability at or above this adds a signal where no rule of that group fired.</summary>
    internal const float ModelSignalProbability = 0.8f;

    [ThreadStatic]
    private static RuleMatch[]? t_matches;

    /// <summary>Records <paramref name="message"/>, the next message of the conversation in <paramref name="state"/>.</summary>
    public static void Record(ConversationScorer scorer, ConversationState state, Message message)
    {
        var (index, slot) = state.BeginMessage(message);
        var ticks = message.At?.UtcTicks ?? 0;
        var rules = scorer.Rules;
        var matches = t_matches is { } buffer && buffer.Length >= rules.Rules.Count ? buffer : (t_matches = new RuleMatch[rules.Rules.Count]);
        var count = rules.Match(message.Text, message.Kind, matches, out var normalized);

        Span<bool> signalFired = stackalloc bool[SignalCatalog.Count];
        Span<bool> groupFired = stackalloc bool[SignalCatalog.Groups.Length];

        // Rules with a proximity condition go second, so they see the signals of this very message too.
        for (var pass = 0; pass < 2; pass++)
        {
            for (var m = 0; m < count; m++)
            {
                var match = matches[m];
                var near = match.Rule.Near;
                var signal = scorer.RuleSignals[match.RuleIndex];
                if ((near is null) != (pass == 0) || signal < 0 || (near is not null && !IsNear(scorer, state, match.RuleIndex, near, index)))
                {
                    continue;
                }

                state.RecordSignal(slot, index, signal, (float)match.Weight, ticks, firstInMessage: !signalFired[signal]);
                signalFired[signal] = true;
                groupFired[SignalCatalog.GroupOf(signal)] = true;
                state.Keep(new KeptSignal(signal, index, match.Start, match.Length, (float)match.Weight, slot, match.Rule.Sender,
                    SignalSource.Rules, match.Rule.Id, Excerpt(scorer, message.Text, match.Start, match.Length)));
            }
        }

        if (AnyPerpetratorSignal(signalFired))
        {
            state.Participants.Attribute(slot, message.From);
        }

        if (scorer.Model?.Text is { } textModel)
        {
            Span<float> probabilities = stackalloc float[SignalCatalog.Groups.Length];
            textModel.Predict(normalized.Chars, probabilities);
            state.RecordText(slot, index, probabilities);
            KeepModelSignals(scorer, state, index, slot, message.Text, probabilities, groupFired);
        }
    }

    private static bool AnyPerpetratorSignal(ReadOnlySpan<bool> signalFired)
    {
        for (var signal = 0; signal < signalFired.Length; signal++)
        {
            if (signalFired[signal] && !SignalCatalog.IsVictimSide(signal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNear(ConversationScorer scorer, ConversationState state, int rule, RuleNearCondition near, int index)
    {
        var signal = scorer.RuleNearSignals[rule];
        var last = signal < 0 ? -1 : state.SignalLastMessage[signal];
        return last >= 0 && index - last <= near.Within;
    }

    private static void KeepModelSignals(
        ConversationScorer scorer, ConversationState state, int index, int slot, string text, ReadOnlySpan<float> probabilities, ReadOnlySpan<bool> groupFired)
    {
        for (var group = 0; group < probabilities.Length; group++)
        {
            var surfaces = group < SignalCatalog.VictimGroup || group == SignalCatalog.SelfHarmGroup;
            if (surfaces && !groupFired[group] && probabilities[group] >= ModelSignalProbability)
            {
                var signal = SignalCatalog.GroupSignals[group];
                state.Keep(new KeptSignal(signal, index, 0, text.Length, probabilities[group], slot, RuleSender.Any,
                    SignalSource.Model, Rule: null, Excerpt(scorer, text, 0, text.Length)));
                if (group == SignalCatalog.SelfHarmGroup)
                {
                    state.RecordSignal(slot, index, signal, probabilities[group], 0, firstInMessage: true);
                }
            }
        }
    }

    private static string Excerpt(ConversationScorer scorer, string text, int start, int length) =>
        scorer.IncludeExcerpts ? text.Substring(start, Math.Min(length, KeptSignal.MaxExcerpt)) : string.Empty;
}
