namespace Detector.Scoring;

/// <summary>How risk is computed: with the trained models, or one of the two baselines evaluation compares them with.</summary>
internal enum RiskMethod
{
    /// <summary>The conversation model over all features (the default when models are available).</summary>
    Models,

    /// <summary>Rules alone: a noisy-OR of the suspect's strongest rule weight per perpetrator signal.</summary>
    RulesOnly,

    /// <summary>The text model alone: a noisy-OR of the suspect's highest probability per perpetrator group.</summary>
    TextModelOnly,
}
