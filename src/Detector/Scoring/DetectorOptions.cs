namespace Detector.Scoring;

/// <summary>
/// How a <see cref="ConversationScorer"/> is built. Bound from the <c>Detector</c> configuration section by
/// <c>services.AddDetector(configuration.GetSection("Detector"))</c> and validated at start-up.
/// </summary>
public sealed class DetectorOptions
{
    /// <summary>The configuration section that <see cref="DetectorOptions"/> are usually bound from.</summary>
    public const string SectionName = "Detector";

    /// <summary>A directory of models trained with <c>detector train</c>; <see langword="null"/> uses the models bundled with the library.</summary>
    public string? ModelDirectory { get; set; }

    /// <summary>Extra rule pack files, loaded after the embedded packs.</summary>
    public IList<string> RulePacks { get; } = [];

    /// <summary>Whether rules in <see cref="RulePacks"/> may replace embedded rules with the same id (otherwise a clash is an error).</summary>
    public bool RulePacksOverride { get; set; }

    /// <summary>The risk at or above which a conversation is flagged; <see langword="null"/> uses the threshold chosen at training.</summary>
    public double? Threshold { get; set; }

    /// <summary>
    /// Where <see cref="RiskLevel.Low"/> starts; <see langword="null"/> uses the trained cut-off (or 40 % of the threshold).
    /// Must be at most <see cref="MediumAt"/> and the threshold.
    /// </summary>
    public double? LowAt { get; set; }

    /// <summary>
    /// Where <see cref="RiskLevel.Medium"/> starts; <see langword="null"/> uses the trained cut-off (or 70 % of the threshold).
    /// Must lie between <see cref="LowAt"/> and the threshold (where <see cref="RiskLevel.High"/> starts).
    /// </summary>
    public double? MediumAt { get; set; }

    /// <summary>
    /// Where <see cref="RiskLevel.Critical"/> starts whatever the stage; <see langword="null"/> uses the trained cut-off (or
    /// halfway from the threshold to 1). Must be at least the threshold.
    /// </summary>
    public double? CriticalAt { get; set; }

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

    /// <summary>
    /// Whether a debug log event names each flagged conversation by its id (off by default: ids can identify people).
    /// Message text and participant ids are never logged.
    /// </summary>
    public bool LogConversationIds { get; set; }
}
