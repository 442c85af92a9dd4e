namespace Detector.Scoring;

/// <summary>A signal that fired on a message, with the span of the original text that triggered it.</summary>
/// <param name="Name">The signal's wire name, e.g. <c>payment_demand</c> (see <see cref="Rules.SignalNames"/>).</param>
/// <param name="Message">The 0-based index of the message in the conversation.</param>
/// <param name="Start">The start of the triggering span in the message's original text, in UTF-16 code units.</param>
/// <param name="Length">The span's length in UTF-16 code units.</param>
/// <param name="Weight">The signal's contribution: the rule's weight, or the text model's probability.</param>
public sealed record Signal(string Name, int Message, int Start, int Length, double Weight)
{
    /// <summary>What made the signal fire.</summary>
    public SignalSource Source { get; init; }

    /// <summary>The id of the rule that fired, or <see langword="null"/> when the text model found it.</summary>
    public string? Rule { get; init; }

    /// <summary>
    /// A short excerpt of the triggering text, for explanations; <see langword="null"/> unless the scorer was asked to
    /// include text (message text is personal data).
    /// </summary>
    public string? Excerpt { get; init; }
}
