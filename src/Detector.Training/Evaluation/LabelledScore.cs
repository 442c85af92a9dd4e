namespace Detector.Training.Evaluation;

/// <summary>A conversation's risk and whether it is labelled sextortion: what the threshold-free metrics need.</summary>
internal readonly record struct LabelledScore(double Score, bool Positive);
