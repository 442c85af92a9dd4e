namespace Detector.Safety;

/// <summary>Whom a <see cref="SafetyAction"/> addresses or applies to (wire names <c>victim</c>, <c>suspect</c>, <c>moderator</c>).</summary>
public enum SafetyAudience
{
    /// <summary>The potential victim: show them the message.</summary>
    Victim,

    /// <summary>The suspected perpetrator: the platform acts on their account.</summary>
    Suspect,

    /// <summary>The platform's human moderators.</summary>
    Moderator,
}
