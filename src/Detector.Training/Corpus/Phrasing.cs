namespace Detector.Training.Corpus;

/// <summary>One way to say a step: a text with placeholders and the signals it shows.</summary>
/// <param name="Text">The text, with <c>{placeholder}</c>s; may be empty for events.</param>
/// <param name="Signals">The taxonomy signals this phrasing shows (the step's, unless the phrasing gives its own).</param>
internal sealed record Phrasing(string Text, IReadOnlyList<string> Signals);
