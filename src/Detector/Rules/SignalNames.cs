namespace Detector.Rules;

/// <summary>The wire names of the signals that rules emit (the signal taxonomy).</summary>
/// <remarks>Suspect-side signals describe the perpetrator's moves; victim-side signals describe the person targeted.</remarks>
public static class SignalNames
{
    /// <summary><c>stranger_contact</c>: unsolicited first contact from someone unknown ("hey, you don't know me but…", "saw your profile")</summary>
    public const string StrangerContact = "stranger_contact";

    /// <summary><c>mutual_friends_claim</c>: claims friends/contacts in common ("we have mutual friends", "I know your friend X")</summary>
    public const string MutualFriendsClaim = "mutual_friends_claim";

    /// <summary><c>flattery</c>: compliments, "you're so handsome", "you look mature for your age"</summary>
    public const string Flattery = "flattery";

    /// <summary><c>sexual_escalation</c>: turning the talk sexual/intimate (NON-GRAPHIC: "I'm so lonely tonight", "wanna have some fun?", "I'm in bed thinking about you")</summary>
    public const string SexualEscalation = "sexual_escalation";

    /// <summary><c>image_request</c>: asks for pictures/intimate images ("send me a pic", "show me more", "your turn to send")</summary>
    public const string ImageRequest = "image_request";

    /// <summary><c>platform_move</c>: moving to another app (snap, snapchat, whatsapp, skype, telegram, kik, google meet, instagram, facetime, signal, discord)</summary>
    public const string PlatformMove = "platform_move";

    /// <summary><c>video_call_push</c>: pushes a video call ("let's video call", "turn your camera on", "facetime me now")</summary>
    public const string VideoCallPush = "video_call_push";

    /// <summary><c>lure_image</c>: offers/sends an intimate image first ("I'll send you one first", "I sent you something special")</summary>
    public const string LureImage = "lure_image";

    /// <summary><c>secrecy_request</c>: "don't tell anyone", "keep this between us", "delete the chat"</summary>
    public const string SecrecyRequest = "secrecy_request";

    /// <summary><c>recording_claim</c>: "I recorded you", "I have your video", "screen recorded", "I saved everything"</summary>
    public const string RecordingClaim = "recording_claim";

    /// <summary><c>contacts_harvest</c>: friend list, followers, "I have a screenshot of your family", names a relative, "I know your school/employer"</summary>
    public const string ContactsHarvest = "contacts_harvest";

    /// <summary><c>threat_to_share</c>: send to everyone/family/employer/school, post online, "your life will be ruined", "go viral"</summary>
    public const string ThreatToShare = "threat_to_share";

    /// <summary><c>payment_demand</c>: "pay me", "send £200", "I want $500", "you have to pay"</summary>
    public const string PaymentDemand = "payment_demand";

    /// <summary><c>payment_method</c>: gift cards, bitcoin/crypto, PayPal, Western Union, MoneyGram, bank details, Cash App/$cashtag, Venmo, Zelle, GCash; validated wallet addresses (Base58Check, bech32), IBANs with valid check digits, gift-card codes</summary>
    public const string PaymentMethod = "payment_method";

    /// <summary><c>deadline_pressure</c>: "you have 30 minutes", "before midnight", "now or never", countdown</summary>
    public const string DeadlinePressure = "deadline_pressure";

    /// <summary><c>pity_pretext</c>: "money for my sick son", hospital bills, rent, "my mum is ill"</summary>
    public const string PityPretext = "pity_pretext";

    /// <summary><c>negotiation</c>: amount lowered / haggling ("ok then 150", "how much can you send", "I'll accept 100")</summary>
    public const string Negotiation = "negotiation";

    /// <summary><c>repeat_demand</c>: more after payment ("I need another 200", "one more payment and I delete")</summary>
    public const string RepeatDemand = "repeat_demand";

    /// <summary><c>humiliation_insult</c>: "paedophile", "pervert", "loser", "idiot"</summary>
    public const string HumiliationInsult = "humiliation_insult";

    /// <summary><c>hacked_device_claim</c>: "I hacked your webcam/phone/email", "I have access to your device", "malware"</summary>
    public const string HackedDeviceClaim = "hacked_device_claim";

    /// <summary><c>deepfake_threat</c>: "I'll make a fake nude of you", "edit your face", "AI photos"</summary>
    public const string DeepfakeThreat = "deepfake_threat";

    /// <summary><c>minor_indicator</c>: stated age under 18 ("I'm 15", "im 16", "year 10", "in 9th grade", "sophomore in high school")</summary>
    public const string MinorIndicator = "minor_indicator";

    /// <summary><c>victim_distress</c>: "please don't", "I'm begging you", "I'm scared", "I'm panicking", "please delete it"</summary>
    public const string VictimDistress = "victim_distress";

    /// <summary><c>victim_payment</c>: "I sent it", "I paid", "I bought the card", "done, check"</summary>
    public const string VictimPayment = "victim_payment";

    /// <summary><c>self_harm_risk</c>: "I want to die", "I'll kill myself", "end it all", "no reason to live" (must surface at once)</summary>
    public const string SelfHarmRisk = "self_harm_risk";

    /// <summary>Every signal name, in taxonomy order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        StrangerContact,
        MutualFriendsClaim,
        Flattery,
        SexualEscalation,
        ImageRequest,
        PlatformMove,
        VideoCallPush,
        LureImage,
        SecrecyRequest,
        RecordingClaim,
        ContactsHarvest,
        ThreatToShare,
        PaymentDemand,
        PaymentMethod,
        DeadlinePressure,
        PityPretext,
        Negotiation,
        RepeatDemand,
        HumiliationInsult,
        HackedDeviceClaim,
        DeepfakeThreat,
        MinorIndicator,
        VictimDistress,
        VictimPayment,
        SelfHarmRisk,
    ];
}
