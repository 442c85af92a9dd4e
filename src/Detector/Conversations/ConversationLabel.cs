namespace Detector.Conversations;

/// <summary>The ground-truth label of a conversation in training and evaluation data.</summary>
public enum ConversationLabel
{
    /// <summary>Not sextortion (<c>benign</c>), however close it may look.</summary>
    Benign,

    /// <summary>Financially motivated sexual extortion, or grooming towards it (<c>sextortion</c>).</summary>
    Sextortion,
}
