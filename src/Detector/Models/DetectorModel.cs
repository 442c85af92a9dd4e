namespace Detector.Models;

/// <summary>A trained model set, as loaded from a model directory: both models plus the decisions made for them.</summary>
/// <param name="Version">The version reported in assessments.</param>
/// <param name="Text">The message-level text model.</param>
/// <param name="Conversation">The conversation-level model; <see langword="null"/> only while training it.</param>
/// <param name="Threshold">The risk at or above which a conversation is flagged.</param>
/// <param name="Levels">The risk cut-offs for the levels.</param>
/// <param name="ManifestSha256">The SHA-256 of the manifest, which pins every file; recorded in evidence bundles.</param>
/// <param name="RulesOnlyThreshold">The threshold chosen the same way for the rules-alone baseline.</param>
/// <param name="TextModelOnlyThreshold">The threshold chosen the same way for the text-model-alone baseline.</param>
internal sealed record DetectorModel(
    string Version,
    TextModel Text,
    ConversationModel? Conversation,
    double Threshold,
    LevelCutoffs Levels,
    string ManifestSha256,
    double RulesOnlyThreshold,
    double TextModelOnlyThreshold);
