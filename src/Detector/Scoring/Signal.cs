namespace Detector.Scoring;

/// <summary>A signal that fired on a message, with the span of the original text that triggered it.</summary>
/// <param name="Name">The signal's wire name, e.g. <c>payment_demand</c>.</param>
/// <param name="Message">The 0-based index of the message in the conversation.</param>
/// <param name="Start">The start of the triggering span in the message's original text, in UTF-16 code units.</param>
/// <param name="Length">The span's length in UTF-16 code units; 0 for a signal that belongs to the whole message (e.g. a call event).</param>
/// <param name="Weight">The signal's contribution to the risk.</param>
public sealed record Signal(string Name, int Message, int Start, int Length, double Weight);
