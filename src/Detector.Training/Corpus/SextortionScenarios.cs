namespace Detector.Training.Corpus;

/// <summary>The scenario names a sextortion plan records (<see cref="SextortionPlan.Scenario"/>, counted in the corpus statistics).</summary>
internal static class SextortionScenarios
{
    /// <summary>Grooming, an image or video-call exchange, then the extortion.</summary>
    public const string Romance = "romance";

    /// <summary>Grooming without an exchange, then a threat to make and share fake images.</summary>
    public const string Deepfake = "deepfake";

    /// <summary>Grooming that stops before any threat.</summary>
    public const string EarlyStop = "early_stop";

    /// <summary>The conversation starts at the threat: after a block, on a new account, or after a payment.</summary>
    public const string ColdOpen = "cold_open";

    /// <summary>A one-shot "I hacked your webcam" mail.</summary>
    public const string HackerEmail = "hacker_email";

    /// <summary>The hacker claim in two short messages.</summary>
    public const string HackerShort = "hacker_short";
}
