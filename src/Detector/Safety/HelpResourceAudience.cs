namespace Detector.Safety;

/// <summary>Whom a <see cref="HelpResource"/> serves (wire names <c>everyone</c>, <c>adults</c>, <c>minors</c>).</summary>
public enum HelpResourceAudience
{
    /// <summary>Anyone, whatever their age.</summary>
    Everyone,

    /// <summary>Adults (18 and over) only.</summary>
    Adults,

    /// <summary>Children and young people under 18 (or images taken before 18).</summary>
    Minors,
}
