using Detector.Scoring;

namespace Detector.Training.Evaluation;

/// <summary>
/// A scorer an evaluation runs: the main one, and the two baselines it is compared with (rules alone, and the text
/// model alone). The baselines share the main scorer's rule engine and models.
/// </summary>
/// <param name="Name">The name used in tables.</param>
/// <param name="Description">What it is, in a phrase.</param>
/// <param name="Scorer">The scorer; <see langword="null"/> when it cannot be built.</param>
/// <param name="NotAvailable">Why there is no scorer.</param>
internal sealed record EvaluatedScorer(string Name, string Description, ConversationScorer? Scorer, string? NotAvailable = null)
{
    /// <summary>The text-model baseline's reason when there are no trained models.</summary>
    public const string NoTrainedModels = "not available (no trained models)";

    /// <summary>The main scorer followed by the rules-only and text-model-only baselines.</summary>
    public static IReadOnlyList<EvaluatedScorer> For(ConversationScorer main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var options = new DetectorOptions();
        var mainDescription = main.Method switch
        {
            RiskMethod.Models => $"trained models {main.ModelVersion}",
            RiskMethod.TextModelOnly => $"text model {main.ModelVersion} alone",
            _ => "rules alone (no trained models)",
        };
        var rules = main.Method == RiskMethod.RulesOnly
            ? main
            : new ConversationScorer(main.Rules, main.Model, options, RiskMethod.RulesOnly);
        return
        [
            new("main", mainDescription, main),
            new("rules only", $"rule packs {main.RulesVersion}, noisy-OR of rule weights", rules),
            main.Model is null
                ? new("text model only", "noisy-OR of the text model's probabilities", null, NoTrainedModels)
                : new("text model only", $"noisy-OR of the text model's probabilities ({main.ModelVersion})",
                    new ConversationScorer(main.Rules, main.Model, options, RiskMethod.TextModelOnly)),
        ];
    }
}
