namespace Detector.Scoring;

/// <summary>
/// The furthest grooming or extortion stage a conversation has reached, in the order they usually unfold
/// (wire names <c>none</c>, <c>contact</c>, <c>rapport</c>, <c>sexualisation</c>, <c>capture</c>, <c>threat</c>,
/// <c>demand</c>, <c>repeat_demand</c>).
/// </summary>
public enum Stage
{
    /// <summary>No stage reached (an empty conversation, or nothing recognised).</summary>
    None,

    /// <summary>First contact, often from a stranger claiming mutual friends.</summary>
    Contact,

    /// <summary>Flattery and trust building.</summary>
    Rapport,

    /// <summary>The talk turns sexual; images or a call are asked for.</summary>
    Sexualisation,

    /// <summary>Intimate material has been, or is claimed to have been, captured (a call, an image, a recording claim).</summary>
    Capture,

    /// <summary>A threat to share the material, often with the victim's contacts named.</summary>
    Threat,

    /// <summary>Money is demanded.</summary>
    Demand,

    /// <summary>More is demanded after a payment.</summary>
    RepeatDemand,
}
