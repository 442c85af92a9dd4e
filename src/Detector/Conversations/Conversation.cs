namespace Detector.Conversations;

/// <summary>A conversation between participants: one line of a conversation file.</summary>
/// <param name="Id">The conversation's unique id.</param>
/// <param name="Messages">The messages in time order; may be empty.</param>
public sealed record Conversation(string Id, IReadOnlyList<Message> Messages)
{
    /// <summary>The ground-truth label, present in training and evaluation data only.</summary>
    public ConversationLabel? Label { get; init; }

    /// <summary>For a labelled sextortion conversation, the perpetrator's participant id.</summary>
    public string? Suspect { get; init; }
}
