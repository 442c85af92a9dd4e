namespace Detector.Rules;

/// <summary>A rule that fired on a message, with the span of the original text that triggered it.</summary>
/// <param name="RuleIndex">The rule's index in <see cref="RuleEngine.Rules"/>.</param>
/// <param name="Rule">The rule (its signal, weight and the conversation-level conditions the scorer applies).</param>
/// <param name="Start">The start of the span in the original text, in UTF-16 code units.</param>
/// <param name="Length">The span's length in UTF-16 code units.</param>
public readonly record struct RuleMatch(int RuleIndex, Rule Rule, int Start, int Length)
{
    /// <summary>The signal's wire name (<see cref="Rule.Signal"/>).</summary>
    public string Signal => Rule.Signal;

    /// <summary>The rule's weight (<see cref="Rule.Weight"/>).</summary>
    public double Weight => Rule.Weight;
}
