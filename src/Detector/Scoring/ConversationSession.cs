using Detector.Conversations;
using Detector.Features;
using Detector.Rules;

namespace Detector.Scoring;

/// <summary>
/// One conversation scored as it happens: <see cref="Append"/> each message as the platform receives it and act on
/// the assessment it returns. The state is bounded (it does not grow with the conversation) and can be saved to bytes
/// with <see cref="Save"/> and resumed elsewhere with <see cref="ConversationScorer.RestoreSession"/>.
/// </summary>
/// <remarks>A session is not thread-safe: append to it from one thread at a time. Its scorer may be shared freely.</remarks>
public sealed class ConversationSession
{
    /// <summary>A text-model probability at or above this adds a signal where no rule of that group fired.</summary>
    internal const float ModelSignalProbability = 0.8f;

    [ThreadStatic]
    private static RuleMatch[]? t_matches;

    private readonly ConversationScorer _scorer;
    private readonly ConversationState _state;

    internal ConversationSession(ConversationScorer scorer, ConversationState state)
    {
        _scorer = scorer;
        _state = state;
        Current = scorer.Assess(state);
    }

    /// <summary>The assessment after the last message appended (an empty one before any).</summary>
    public Assessment Current { get; private set; }

    /// <summary>How many messages have been appended.</summary>
    public int MessageCount => _state.MessageCount;

    internal ConversationState State => _state;

    /// <summary>Adds the next message of the conversation and returns the assessment after it.</summary>
    public Assessment Append(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var started = _scorer.Telemetry.StartMessage();
        var (index, slot) = _state.BeginMessage(message);
        var ticks = message.At?.UtcTicks ?? 0;
        var rules = _scorer.Rules;
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
                var signal = _scorer.RuleSignals[match.RuleIndex];
                if ((near is null) != (pass == 0) || signal < 0 || (near is not null && !IsNear(match.RuleIndex, near, index)))
                {
                    continue;
                }

                _state.RecordSignal(slot, index, signal, (float)match.Weight, ticks, firstInMessage: !signalFired[signal]);
                signalFired[signal] = true;
                groupFired[SignalCatalog.GroupOf(signal)] = true;
                _state.Keep(new KeptSignal(signal, index, match.Start, match.Length, (float)match.Weight, slot, match.Rule.Sender,
                    SignalSource.Rules, match.Rule.Id, Excerpt(message.Text, match.Start, match.Length)));
            }
        }

        if (AnyPerpetratorSignal(signalFired))
        {
            _state.Participants.Attribute(slot, message.From);
        }

        if (_scorer.Model?.Text is { } textModel)
        {
            Span<float> probabilities = stackalloc float[SignalCatalog.Groups.Length];
            textModel.Predict(normalized.Chars, probabilities);
            _state.RecordText(slot, probabilities);
            KeepModelSignals(index, slot, message.Text, probabilities, groupFired);
        }

        Current = _scorer.Assess(_state);
        _scorer.Telemetry.MessageScored(started);
        return Current;
    }

    /// <summary>The session's state as bytes, to resume it later (in this process or another) with the same scorer configuration.</summary>
    public byte[] Save() => SessionStateSerializer.Write(_state, _scorer.RulesVersion, _scorer.ModelVersion);

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

    private bool IsNear(int rule, RuleNearCondition near, int index)
    {
        var signal = _scorer.RuleNearSignals[rule];
        var last = signal < 0 ? -1 : _state.SignalLastMessage[signal];
        return last >= 0 && index - last <= near.Within;
    }

    private void KeepModelSignals(int index, int slot, string text, ReadOnlySpan<float> probabilities, ReadOnlySpan<bool> groupFired)
    {
        for (var group = 0; group < probabilities.Length; group++)
        {
            var surfaces = group < SignalCatalog.VictimGroup || group == SignalCatalog.SelfHarmGroup;
            if (surfaces && !groupFired[group] && probabilities[group] >= ModelSignalProbability)
            {
                var signal = SignalCatalog.GroupSignals[group];
                _state.Keep(new KeptSignal(signal, index, 0, text.Length, probabilities[group], slot, RuleSender.Any,
                    SignalSource.Model, Rule: null, Excerpt(text, 0, text.Length)));
                if (group == SignalCatalog.SelfHarmGroup)
                {
                    _state.RecordSignal(slot, index, signal, probabilities[group], 0, firstInMessage: true);
                }
            }
        }
    }

    private string Excerpt(string text, int start, int length) =>
        _scorer.IncludeExcerpts ? text.Substring(start, Math.Min(length, KeptSignal.MaxExcerpt)) : string.Empty;
}
