namespace Detector.Training.Evaluation;

/// <summary>One scorer's part of an evaluation: the main scorer or a baseline.</summary>
/// <param name="Name">A short name for tables: <c>main</c>, <c>rules only</c>, <c>text model only</c>.</param>
/// <param name="Description">What the scorer is, in a phrase.</param>
/// <param name="Metrics">Its figures; <see langword="null"/> when it could not be evaluated.</param>
/// <param name="NotAvailable">Why it could not be evaluated, e.g. <c>not available (no trained models)</c>.</param>
internal sealed record ScorerEvaluation(string Name, string Description, ScorerMetrics? Metrics, string? NotAvailable = null);
