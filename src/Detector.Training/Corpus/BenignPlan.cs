namespace Detector.Training.Corpus;

/// <summary>A planned benign conversation.</summary>
/// <param name="Beats">The messages to render, in order.</param>
/// <param name="Theme">The theme file it came from, or <c>smalltalk</c> for plain everyday chat.</param>
internal sealed record BenignPlan(IReadOnlyList<Beat> Beats, string Theme);
