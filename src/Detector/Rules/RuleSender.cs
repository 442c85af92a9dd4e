namespace Detector.Rules;

/// <summary>Which side of the conversation a rule listens to.</summary>
public enum RuleSender
{
    /// <summary>Messages from either side (<c>any</c>, the default).</summary>
    Any,

    /// <summary>Only messages from the suspected perpetrator (<c>suspect</c>).</summary>
    Suspect,

    /// <summary>Only messages from the person targeted (<c>victim</c>).</summary>
    Victim,
}
