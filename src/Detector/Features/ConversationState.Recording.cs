using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Features;

/// <summary>How a message, and what fired on it, is folded into the state.</summary>
internal sealed partial class ConversationState
{
    /// <summary>A text-model probability at or above this counts as a hit.</summary>
    public const float TextHitProbability = 0.5f;

    /// <summary>
    /// Below this, a text-model maximum is read as 0 by the conversation features: above what the text model gives plain
    /// chit-chat (up to 0.38 on the generator's small talk), which the trees must not read, and below a hit, because
    /// graded evidence under <see cref="TextHitProbability"/> ranks unfamiliar phrasings better (models/README.md).
    /// </summary>
    public const float TextHeardProbability = 0.4f;

    /// <summary>The index of the latest message counted in <see cref="EvidentMessages"/>; -1 if none (not saved).</summary>
    private int _evidentMessage = -1;

    /// <summary>The UTC ticks of the message being recorded, or 0 without a timestamp (not saved: set again by each message).</summary>
    private long _messageTicks;

    /// <summary>Starts message <see cref="MessageCount"/>: counts it and its kind, and notes its time for when it proves evident.</summary>
    /// <returns>The message's index and its sender's slot.</returns>
    public (int Message, int Slot) BeginMessage(Message message)
    {
        var index = MessageCount++;
        var slot = Participants.SlotOf(message.From);
        Events[(slot * KindCount) + (int)message.Kind] = Saturating(Events[(slot * KindCount) + (int)message.Kind]);
        _messageTicks = message.At?.UtcTicks ?? 0;
        if (message.Kind != MessageKind.Text)
        {
            MarkEvident(slot, index);
        }

        if (FirstCaptureEvent < 0 && message.Kind is MessageKind.VideoCall or MessageKind.Image or MessageKind.Video)
        {
            FirstCaptureEvent = index;
        }

        if (message.Kind == MessageKind.Payment)
        {
            LastPayment = index;
        }

        return (index, slot);
    }

    /// <summary>Records that a signal fired on a message.</summary>
    /// <param name="slot">The sender's slot.</param>
    /// <param name="message">The message index.</param>
    /// <param name="signal">The signal's index.</param>
    /// <param name="weight">The rule's weight or the model's probability.</param>
    /// <param name="ticks">The message's UTC ticks, or 0 without a timestamp.</param>
    /// <param name="firstInMessage">False when the same signal already fired on this message (it is counted once).</param>
    public void RecordSignal(int slot, int message, int signal, float weight, long ticks, bool firstInMessage)
    {
        var cell = Cell(slot, signal);
        Revision++;
        SignalMaxWeight[cell] = Math.Max(SignalMaxWeight[cell], weight);
        if (!firstInMessage)
        {
            return;
        }

        SignalCounts[cell] = Saturating(SignalCounts[cell]);
        SignalLastMessage[signal] = message;
        var evident = MarkEvident(slot, message);
        var stage = SignalCatalog.StageOf(signal);
        if (stage != Stage.None)
        {
            var stageCell = StageCell(slot, stage);
            if (StageFirstMessage[stageCell] < 0)
            {
                StageFirstMessage[stageCell] = message;
                StageFirstEvident[stageCell] = evident;
                StageFirstTicks[stageCell] = ticks;
            }

            StageLastEvident[stageCell] = evident;
            if (stage >= Stage.Demand && LastPayment >= 0 && LastPayment < message)
            {
                DemandsAfterPayment++;
            }
        }
        else if (signal == SignalCatalog.VictimPayment)
        {
            LastPayment = message;
        }
    }

    /// <summary>Records the text model's probabilities for message <paramref name="message"/> from <paramref name="slot"/>.</summary>
    public void RecordText(int slot, int message, ReadOnlySpan<float> probabilities)
    {
        for (var group = 0; group < probabilities.Length; group++)
        {
            var cell = GroupCell(slot, group);
            var max = Math.Max(TextMax[cell], probabilities[group]);
            if (max != TextMax[cell])
            {
                TextMax[cell] = max;
                Revision++;
            }

            if (probabilities[group] >= TextHitProbability)
            {
                TextHits[cell] = Saturating(TextHits[cell]);
                MarkEvident(slot, message);
            }
        }
    }

    /// <summary>Counts message <paramref name="message"/> from <paramref name="slot"/> as evident (once).</summary>
    /// <returns>Its position among the evident messages.</returns>
    private int MarkEvident(int slot, int message)
    {
        if (_evidentMessage != message)
        {
            _evidentMessage = message;
            Revision++;
            FirstEvidentBy[slot] = FirstEvidentBy[slot] < 0 ? EvidentMessages : FirstEvidentBy[slot];
            EvidentBy[slot]++;
            EvidentMessages++;
            if (_messageTicks != 0)
            {
                FirstTicks = FirstTicks == 0 ? _messageTicks : FirstTicks;
                LastTicks = Math.Max(LastTicks, _messageTicks);
                TimedMessages++;
            }
        }

        return EvidentMessages - 1;
    }

    private static ushort Saturating(ushort count) => count == ushort.MaxValue ? count : (ushort)(count + 1);
}
