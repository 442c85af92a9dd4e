namespace Detector.Scoring;

/// <summary>How a <see cref="ConversationScorer"/> is built.</summary>
public sealed class DetectorOptions
{
    /// <summary>A directory of models trained with <c>detector train</c>; <see langword="null"/> uses the models bundled with the library.</summary>
    public string? ModelDirectory { get; set; }

    /// <summary>Extra rule pack files, loaded after the embedded packs.</summary>
    public IList<string> RulePacks { get; } = [];

    /// <summary>Whether rules in <see cref="RulePacks"/> may replace embedded rules with the same id (otherwise a clash is an error).</summary>
    public bool RulePacksOverride { get; set; }

    /// <summary>The risk at or above which a conversation is flagged; <see langword="null"/> uses the threshold chosen at training.</summary>
    public double? Threshold { get; set; }

    /// <summary>Whether signals carry a short excerpt of the text that triggered them (off by default: message text is personal data).</summary>
    public bool IncludeExcerpts { get; set; }

    /// <summary>
    /// The ISO 3166 region (e.g. <c>GB</c>, <c>US</c>) whose help resources recommended actions name; <see langword="null"/>
    /// gives international resources only.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>A safety-action catalog file replacing the embedded one (see <c>Safety/safety-actions.json</c>).</summary>
    public string? SafetyActionsFile { get; set; }

    /// <summary>How many conversations <see cref="ConversationScorer.ScoreAsync"/> scores at once; 1 scores them in turn.</summary>
    public int MaxDegreeOfParallelism { get; set; } = 1;
}
