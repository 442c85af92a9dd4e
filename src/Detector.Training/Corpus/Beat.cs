namespace Detector.Training.Corpus;

/// <summary>One planned message: which bank step, who sends it, and how long after the previous message.</summary>
internal sealed record Beat(string Step, string From, Gap Gap);
