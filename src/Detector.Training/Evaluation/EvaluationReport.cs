namespace Detector.Training.Evaluation;

/// <summary>The result of <c>detector eval</c>: what was evaluated, and the figures of the main scorer and the baselines.</summary>
internal sealed record EvaluationReport
{
    /// <summary>The input file as given.</summary>
    public required string Input { get; init; }

    /// <summary>The version of the rule packs.</summary>
    public required string RulesVersion { get; init; }

    /// <summary>The version of the models, or <see langword="null"/> with rules alone.</summary>
    public string? ModelVersion { get; init; }

    /// <summary>Labelled conversations evaluated.</summary>
    public required long Conversations { get; init; }

    /// <summary>Of those, labelled sextortion.</summary>
    public required long Positives { get; init; }

    /// <summary>Of those, labelled benign.</summary>
    public long Negatives => Conversations - Positives;

    /// <summary>Conversations without a label, skipped (evaluation needs labels).</summary>
    public required long Unlabelled { get; init; }

    /// <summary>Lines skipped because they broke the file format.</summary>
    public long SkippedLines { get; init; }

    /// <summary>Labelled conversations with per-message <c>signals</c> annotations.</summary>
    public required long Annotated { get; init; }

    /// <summary>Labelled sextortion conversations with annotations: those per-tactic recall counts.</summary>
    public required long AnnotatedPositives { get; init; }

    /// <summary>The main scorer first, then the baselines.</summary>
    public required IReadOnlyList<ScorerEvaluation> Scorers { get; init; }

    /// <summary>The main scorer's evaluation.</summary>
    public ScorerEvaluation Main => Scorers[0];

    /// <summary>Where the first threat or demand message of a sextortion conversation comes from, for the early-detection figures.</summary>
    public string ThreatReference => AnnotatedPositives == Positives
        ? "the first message annotated threat_to_share or payment_demand"
        : AnnotatedPositives == 0
            ? "the first message on which the rules fired threat_to_share or payment_demand (the data has no annotations)"
            : $"the first message annotated threat_to_share or payment_demand for the {AnnotatedPositives} annotated sextortion conversations, otherwise the first message on which the rules fired either";

    /// <summary>How the per-language figures know the language.</summary>
    public static string LanguageMethod =>
        "Conversation files do not record a language, so it is guessed from common function words (Evaluation/languages.json); treat per-language figures as approximate.";
}
