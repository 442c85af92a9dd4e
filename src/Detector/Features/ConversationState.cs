using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Features;

/// <summary>
/// Everything a session remembers about a conversation so far, in a size that does not grow with its length:
/// per participant slot, signal counts and strongest weights, text-model maxima, event counts and where and when each
/// stage was first and last reached; plus a bounded list of the strongest signals for explanations.
/// </summary>
/// <remarks>
/// Positions and times the conversation model reads are counted in <em>evident</em> messages (those that carry a
/// signal, a text-model hit or an event), not in all messages, so chat that carries nothing does not move them: a
/// conversation's risk must not grow with small talk (issue 8). Owned by one <see cref="ConversationSession"/>; not
/// thread-safe.
/// </remarks>
internal sealed partial class ConversationState
{
    /// <summary>The number of <see cref="Stage"/> values.</summary>
    public static readonly int StageCount = Enum.GetValues<Stage>().Length;

    /// <summary>The number of <see cref="MessageKind"/> values.</summary>
    public static readonly int KindCount = Enum.GetValues<MessageKind>().Length;

    /// <summary>The most signals kept for explanations; beyond it the weakest are dropped (self-harm never is).</summary>
    public const int MaxKeptSignals = 64;

    private const int Slots = ParticipantSlots.Capacity;

    public ConversationState(int groupCount)
    {
        GroupCount = groupCount;
        SignalCounts = new ushort[Slots * SignalCatalog.Count];
        SignalMaxWeight = new float[Slots * SignalCatalog.Count];
        TextMax = new float[Slots * groupCount];
        TextHits = new ushort[Slots * groupCount];
        Events = new ushort[Slots * KindCount];
        StageFirstMessage = new int[Slots * StageCount];
        StageFirstEvident = new int[Slots * StageCount];
        StageLastEvident = new int[Slots * StageCount];
        StageFirstTicks = new long[Slots * StageCount];
        SignalLastMessage = new int[SignalCatalog.Count];
        Reset();
    }

    public int GroupCount { get; }

    public ParticipantSlots Participants { get; } = new();

    public int MessageCount { get; set; }

    /// <summary>How many messages so far were evident: a signal fired on them, the text model scored a hit, or they were an event.</summary>
    public int EvidentMessages { get; set; }

    /// <summary>Per slot: how many evident messages that participant sent.</summary>
    public int[] EvidentBy { get; } = new int[Slots];

    /// <summary>Per slot: the position among evident messages of that participant's first one; -1 if none.</summary>
    public int[] FirstEvidentBy { get; } = new int[Slots];

    /// <summary>Per slot and signal (<c>slot * SignalCatalog.Count + signal</c>): how many messages showed it (saturating).</summary>
    public ushort[] SignalCounts { get; }

    /// <summary>Per slot and signal: the strongest weight seen.</summary>
    public float[] SignalMaxWeight { get; }

    /// <summary>Per signal: the last message that showed it, from anyone; -1 if none.</summary>
    public int[] SignalLastMessage { get; }

    /// <summary>Per slot and text-model group: the highest probability seen.</summary>
    public float[] TextMax { get; }

    /// <summary>Per slot and group: how many messages scored at least 0.5.</summary>
    public ushort[] TextHits { get; }

    /// <summary>Per slot and message kind: how many messages of that kind.</summary>
    public ushort[] Events { get; }

    /// <summary>Per slot and stage: the first message at which that participant's signals reached it; -1 if never.</summary>
    public int[] StageFirstMessage { get; }

    /// <summary>Per slot and stage: the position among evident messages of the first such message; -1 if never.</summary>
    public int[] StageFirstEvident { get; }

    /// <summary>Per slot and stage: the position among evident messages of the last such message; -1 if never.</summary>
    public int[] StageLastEvident { get; }

    /// <summary>Per slot and stage: the UTC ticks of the first such message, or 0 when it had no timestamp.</summary>
    public long[] StageFirstTicks { get; }

    /// <summary>The first call, image or video event, from anyone; -1 if none.</summary>
    public int FirstCaptureEvent { get; set; }

    /// <summary>The UTC ticks of the first timestamped evident message, or 0 (a message that carries nothing has no say in time either).</summary>
    public long FirstTicks { get; set; }

    /// <summary>The UTC ticks of the latest timestamped evident message, or 0.</summary>
    public long LastTicks { get; set; }

    /// <summary>How many evident messages had a timestamp.</summary>
    public int TimedMessages { get; set; }

    /// <summary>The last message showing a payment by the person targeted (a payment event or <c>victim_payment</c>); -1 if none.</summary>
    public int LastPayment { get; set; }

    /// <summary>How many demand-stage signals came after a payment.</summary>
    public int DemandsAfterPayment { get; set; }

    /// <summary>
    /// Bumped whenever recording a message changes something a risk method reads (a signal, a text-model maximum, an
    /// evident message), so a message that leaves it as it was is known to leave the risk as it was. Not saved.
    /// </summary>
    public int Revision { get; private set; }

    /// <summary>The highest risk reached so far.</summary>
    public double RiskHighWater { get; set; }

    /// <summary>The message after which the risk first reached the threshold; -1 if never.</summary>
    public int FirstFlaggedAt { get; set; }

    /// <summary>The strongest signals so far, in the order they fired.</summary>
    public List<KeptSignal> Signals { get; } = [];

    /// <summary>Bumped whenever <see cref="Signals"/> changes, so views of it can be cached.</summary>
    public int SignalsVersion { get; set; }

    /// <summary>The last public view of <see cref="Signals"/> (see <see cref="SignalView"/>); not part of the saved state.</summary>
    public (int Version, int Suspect, Signal[] Signals)? SignalView { get; set; }

    /// <summary>The actions last recommended, for a level and a signal view; reused while neither changes. Not saved.</summary>
    public (RiskLevel Level, IReadOnlyList<Signal> Signals, IReadOnlyList<Safety.SafetyAction> Actions)? Actions { get; set; }

    public static int Cell(int slot, int signal) => (slot * SignalCatalog.Count) + signal;

    public int GroupCell(int slot, int group) => (slot * GroupCount) + group;

    public static int StageCell(int slot, Stage stage) => (slot * StageCount) + (int)stage;

    /// <summary>Empties the state, as new, for another conversation (so batch scoring can reuse one state per thread).</summary>
    public void Reset()
    {
        Participants.Clear();
        MessageCount = 0;
        EvidentMessages = 0;
        _evidentMessage = -1;
        Array.Clear(EvidentBy);
        Array.Fill(FirstEvidentBy, -1);
        Array.Clear(SignalCounts);
        Array.Clear(SignalMaxWeight);
        Array.Fill(SignalLastMessage, -1);
        Array.Clear(TextMax);
        Array.Clear(TextHits);
        Array.Clear(Events);
        Array.Fill(StageFirstMessage, -1);
        Array.Fill(StageFirstEvident, -1);
        Array.Fill(StageLastEvident, -1);
        Array.Clear(StageFirstTicks);
        FirstCaptureEvent = -1;
        FirstTicks = 0;
        LastTicks = 0;
        TimedMessages = 0;
        LastPayment = -1;
        DemandsAfterPayment = 0;
        Revision = 0;
        RiskHighWater = 0;
        FirstFlaggedAt = -1;
        Signals.Clear();
        SignalsVersion = 0;
        SignalView = null;
        Actions = null;
    }

    /// <summary>Keeps <paramref name="signal"/> for explanations, dropping the weakest kept one when full.</summary>
    public void Keep(KeptSignal signal)
    {
        if (Signals.Count == MaxKeptSignals)
        {
            var weakest = -1;
            for (var i = 0; i < Signals.Count; i++)
            {
                if (!IsSelfHarm(Signals[i]) && (weakest < 0 || Signals[i].Weight < Signals[weakest].Weight))
                {
                    weakest = i;
                }
            }

            if (weakest < 0 || (Signals[weakest].Weight >= signal.Weight && !IsSelfHarm(signal)))
            {
                return;
            }

            Signals.RemoveAt(weakest);
        }

        Signals.Add(signal);
        SignalsVersion++;
    }

    private static bool IsSelfHarm(KeptSignal signal) => SignalCatalog.GroupOf(signal.Signal) == SignalCatalog.SelfHarmGroup;
}
