namespace Detector.Training.Corpus;

/// <summary>A planned sextortion conversation and how it was built (for statistics).</summary>
/// <param name="Beats">The messages to render, in order.</param>
/// <param name="Scenario">One of <see cref="SextortionScenarios"/>.</param>
/// <param name="Behaviour">The victim's reaction, when the conversation reached the extortion.</param>
internal sealed record SextortionPlan(IReadOnlyList<Beat> Beats, string Scenario, VictimBehaviour? Behaviour);
