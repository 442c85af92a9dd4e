namespace Detector.Scoring;

/// <summary>How urgently a platform should act on a conversation (wire names <c>none</c> … <c>critical</c>).</summary>
public enum RiskLevel
{
    /// <summary>Nothing of concern.</summary>
    None,

    /// <summary>Early grooming patterns that are common in benign chat too; watch, do not act.</summary>
    Low,

    /// <summary>A pattern typical of sextortion set-ups; consider a gentle safety prompt to the other participant.</summary>
    Medium,

    /// <summary>Flagged: likely sextortion in progress; warn the potential victim and queue for human review.</summary>
    High,

    /// <summary>Extortion under way (threat or demand made), or risk to life; act now.</summary>
    Critical,
}
