using Detector.Scoring;

namespace Detector.Cli;

/// <summary>Builds the scorer the commands use from a model directory (or the bundled default).</summary>
internal static class ScorerLoader
{
    /// <summary>The scorer, or <see langword="null"/> while the library has none to offer.</summary>
    public static IConversationScorer? Load(string? modelDirectory)
    {
        _ = modelDirectory;
        return null;
    }
}
