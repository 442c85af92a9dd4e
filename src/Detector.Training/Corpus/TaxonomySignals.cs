namespace Detector.Training.Corpus;

/// <summary>
/// The signal wire names of the taxonomy (specs/TAXONOMY.md) that bank annotations may use.
/// Mirrors <c>Detector.Rules.SignalNames</c>; once that class is on this branch, use it instead of this list.
/// </summary>
internal static class TaxonomySignals
{
    public static readonly IReadOnlySet<string> All = new SortedSet<string>(StringComparer.Ordinal)
    {
        "stranger_contact", "mutual_friends_claim", "flattery", "sexual_escalation", "image_request", "platform_move",
        "video_call_push", "lure_image", "secrecy_request", "recording_claim", "contacts_harvest", "threat_to_share",
        "payment_demand", "payment_method", "deadline_pressure", "pity_pretext", "negotiation", "repeat_demand",
        "humiliation_insult", "hacked_device_claim", "deepfake_threat",
        "minor_indicator", "victim_distress", "victim_payment", "self_harm_risk",
    };
}
