using Detector.Conversations;

namespace Detector.Training.Corpus;

/// <summary>A generated conversation and how it was made (what the statistics count).</summary>
/// <param name="Conversation">The conversation as written to the split file.</param>
/// <param name="Category"><c>sextortion</c>, <c>hard_negative</c> or <c>everyday</c>.</param>
/// <param name="Language">The bank language it was voiced in.</param>
/// <param name="Scenario">For sextortion, one of <see cref="SextortionScenarios"/>; for benign, the theme.</param>
/// <param name="Steps">The bank steps that produced its messages, in order (one per message).</param>
/// <param name="Persona">For sextortion, who the perpetrator pretends to be.</param>
/// <param name="SuspectStyle">For sextortion, how the perpetrator writes.</param>
internal sealed record GeneratedConversation(
    Conversation Conversation,
    string Category,
    string Language,
    string Scenario,
    IReadOnlyList<string> Steps,
    PerpetratorPersona? Persona = null,
    MessageStyle? SuspectStyle = null);
