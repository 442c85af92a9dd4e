using Detector.Conversations;

namespace Detector.Scoring;

/// <summary>A conversation with its assessment, as batch scoring yields them (in input order).</summary>
/// <param name="Conversation">The conversation scored.</param>
/// <param name="Assessment">Its assessment after its last message.</param>
public sealed record ScoredConversation(Conversation Conversation, Assessment Assessment);
