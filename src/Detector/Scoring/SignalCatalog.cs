using Detector.Rules;

namespace Detector.Scoring;

/// <summary>
/// What the scorer knows about each signal of the taxonomy: its index in state arrays, the grooming or
/// extortion stage it marks, which side of a conversation shows it, and the text-model group it belongs to.
/// </summary>
internal static class SignalCatalog
{
    /// <summary>The number of signals (the taxonomy's size).</summary>
    public static readonly int Count = SignalNames.All.Count;

    private static readonly Dictionary<string, int> s_index =
        SignalNames.All.Select((name, index) => (name, index)).ToDictionary(p => p.name, p => p.index, StringComparer.Ordinal);

    private static readonly Stage[] s_stage = SignalNames.All.Select(StageOf).ToArray();
    private static readonly bool[] s_victimSide = SignalNames.All.Select(IsVictimSideSignal).ToArray();
    private static readonly int[] s_group = SignalNames.All.Select(GroupOf).ToArray();

    /// <summary>The text-model groups, in head order; each is named after the signal that represents it in explanations.</summary>
    public static readonly string[] Groups =
    [
        SignalNames.StrangerContact,
        SignalNames.SexualEscalation,
        SignalNames.RecordingClaim,
        SignalNames.ThreatToShare,
        SignalNames.PaymentDemand,
        SignalNames.VictimDistress,
        SignalNames.SelfHarmRisk,
    ];

    /// <summary>The first text-model group of signals the person targeted shows; perpetrator groups come before it.</summary>
    public const int VictimGroup = 5;

    /// <summary>The text-model group of the self-harm signal, which always surfaces.</summary>
    public const int SelfHarmGroup = 6;

    /// <summary>For each text-model group, the index of the signal that represents it (the one <see cref="Groups"/> names).</summary>
    public static readonly int[] GroupSignals = Array.ConvertAll(Groups, IndexOf);

    /// <summary>The index of <c>self_harm_risk</c>.</summary>
    public static readonly int SelfHarmRisk = IndexOf(SignalNames.SelfHarmRisk);

    /// <summary>The index of <c>victim_payment</c>.</summary>
    public static readonly int VictimPayment = IndexOf(SignalNames.VictimPayment);

    /// <summary>The index of <paramref name="name"/>, or -1 for a name outside the taxonomy.</summary>
    public static int IndexOf(string name) => s_index.GetValueOrDefault(name, -1);

    /// <summary>The signal's name.</summary>
    public static string NameOf(int signal) => SignalNames.All[signal];

    /// <summary>The stage a perpetrator's use of this signal marks; <see cref="Stage.None"/> for victim-side signals.</summary>
    public static Stage StageOf(int signal) => s_stage[signal];

    /// <summary>Whether the signal is shown by the person targeted rather than the perpetrator.</summary>
    public static bool IsVictimSide(int signal) => s_victimSide[signal];

    /// <summary>The text-model group (head) the signal belongs to.</summary>
    public static int GroupOf(int signal) => s_group[signal];

    private static Stage StageOf(string name) => name switch
    {
        SignalNames.StrangerContact or SignalNames.MutualFriendsClaim => Stage.Contact,
        SignalNames.Flattery or SignalNames.PlatformMove or SignalNames.SecrecyRequest => Stage.Rapport,
        SignalNames.SexualEscalation or SignalNames.ImageRequest or SignalNames.VideoCallPush or SignalNames.LureImage => Stage.Sexualisation,
        SignalNames.RecordingClaim or SignalNames.ContactsHarvest or SignalNames.HackedDeviceClaim => Stage.Capture,
        SignalNames.ThreatToShare or SignalNames.DeepfakeThreat or SignalNames.HumiliationInsult => Stage.Threat,
        SignalNames.PaymentDemand or SignalNames.PaymentMethod or SignalNames.DeadlinePressure
            or SignalNames.PityPretext or SignalNames.Negotiation => Stage.Demand,
        SignalNames.RepeatDemand => Stage.RepeatDemand,
        _ => Stage.None,
    };

    private static bool IsVictimSideSignal(string name) => name is SignalNames.MinorIndicator or SignalNames.VictimDistress
        or SignalNames.VictimPayment or SignalNames.SelfHarmRisk;

    private static int GroupOf(string name) => name switch
    {
        SignalNames.StrangerContact or SignalNames.MutualFriendsClaim or SignalNames.Flattery => 0,
        SignalNames.SexualEscalation or SignalNames.ImageRequest or SignalNames.LureImage or SignalNames.VideoCallPush
            or SignalNames.PlatformMove or SignalNames.SecrecyRequest => 1,
        SignalNames.RecordingClaim or SignalNames.ContactsHarvest or SignalNames.HackedDeviceClaim or SignalNames.DeepfakeThreat => 2,
        SignalNames.ThreatToShare or SignalNames.HumiliationInsult => 3,
        SignalNames.PaymentDemand or SignalNames.PaymentMethod or SignalNames.DeadlinePressure or SignalNames.Negotiation
            or SignalNames.RepeatDemand or SignalNames.PityPretext => 4,
        SignalNames.VictimDistress or SignalNames.VictimPayment or SignalNames.MinorIndicator => VictimGroup,
        SignalNames.SelfHarmRisk => SelfHarmGroup,
        _ => throw new InvalidOperationException($"Signal {name} has no text-model group."),
    };
}
