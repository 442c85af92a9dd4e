using Detector.Scoring;

namespace Detector.Cli;

/// <summary>Builds the scorer the commands use from a model directory (or the models bundled with the library).</summary>
internal static class ScorerLoader
{
    /// <summary>The scorer for <paramref name="modelDirectory"/>; rules alone when no directory is given and none are bundled.</summary>
    public static ConversationScorer Load(string? modelDirectory, bool includeExcerpts = false) =>
        new(new DetectorOptions { ModelDirectory = modelDirectory, IncludeExcerpts = includeExcerpts });
}
