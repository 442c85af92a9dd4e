namespace Detector.Training.Evaluation;

/// <summary>What one scorer made of one <see cref="EvaluationCase"/>.</summary>
/// <param name="Risk">The final risk.</param>
/// <param name="Flagged">Whether the conversation was flagged.</param>
/// <param name="FirstFlaggedAt">The message after which it was first flagged, scored message by message; -1 if never.</param>
internal readonly record struct CaseOutcome(double Risk, bool Flagged, int FirstFlaggedAt);
