namespace Detector.Training.Corpus;

/// <summary>The step names of <c>sextortion.json</c>, <c>victim.json</c> and <c>smalltalk.json</c> (<c>training-data/banks/FORMAT.md</c>).</summary>
internal static class SextortionSteps
{
    public const string Approach = "approach";
    public const string MutualFriends = "mutual_friends";
    public const string Flattery = "flattery";
    public const string SexualEscalation = "sexual_escalation";
    public const string ImageRequest = "image_request";
    public const string PlatformMove = "platform_move";
    public const string VideoCallPush = "video_call_push";
    public const string LureImage = "lure_image";
    public const string Secrecy = "secrecy";
    public const string RecordingClaim = "recording_claim";
    public const string ContactsHarvest = "contacts_harvest";
    public const string Threat = "threat";
    public const string Demand = "demand";
    public const string PaymentInstructions = "payment_instructions";
    public const string Negotiation = "negotiation";
    public const string Pretext = "pretext";
    public const string Deadline = "deadline";
    public const string Insult = "insult";
    public const string RepeatDemand = "repeat_demand";
    public const string DeepfakeThreat = "deepfake_threat";
    public const string ColdOpen = "cold_open";
    public const string AfterRefusal = "after_refusal";
    public const string HackerEmail = "hacker_email";
    public const string HackerShort1 = "hacker_short_1";
    public const string HackerShort2 = "hacker_short_2";
    public const string CallEvent = "call_event";
    public const string ImageEvent = "image_event";

    public const string GreetBack = "greet_back";
    public const string SmallTalkReply = "smalltalk_reply";
    public const string AgreePlatform = "agree_platform";
    public const string AcceptCall = "accept_call";
    public const string StateAge = "state_age";
    public const string Refuse = "refuse";
    public const string Plead = "plead";
    public const string Distress = "distress";
    public const string Pay = "pay";
    public const string PaymentEvent = "payment_event";
    public const string WillReport = "will_report";
    public const string AskDelete = "ask_delete";
    public const string SelfHarm = "self_harm";
    public const string Confused = "confused";

    public const string SmallTalkQuestion = "smalltalk_question";
    public const string SmallTalkAnswer = "smalltalk_answer";
    public const string SmallTalkStatement = "smalltalk_statement";

    /// <summary>Every perpetrator step of <c>sextortion.json</c>.</summary>
    public static readonly IReadOnlyList<string> Perpetrator =
    [
        Approach, MutualFriends, Flattery, SexualEscalation, ImageRequest, PlatformMove, VideoCallPush, LureImage, Secrecy,
        RecordingClaim, ContactsHarvest, Threat, Demand, PaymentInstructions, Negotiation, Pretext, Deadline, Insult,
        RepeatDemand, DeepfakeThreat, ColdOpen, AfterRefusal, HackerEmail, HackerShort1, HackerShort2, CallEvent, ImageEvent,
    ];

    /// <summary>Every step of <c>victim.json</c>.</summary>
    public static readonly IReadOnlyList<string> Victim =
    [
        GreetBack, SmallTalkReply, AgreePlatform, AcceptCall, StateAge, Refuse, Plead, Distress, Pay, PaymentEvent,
        WillReport, AskDelete, SelfHarm, Confused,
    ];

    /// <summary>Every step of <c>smalltalk.json</c>.</summary>
    public static readonly IReadOnlyList<string> SmallTalk = [SmallTalkQuestion, SmallTalkAnswer, SmallTalkStatement];
}
