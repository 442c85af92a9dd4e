using Detector.Conversations;

namespace Detector.Scoring;

/// <summary>Scores whole conversations. Implementations are thread-safe.</summary>
public interface IConversationScorer
{
    /// <summary>Scores <paramref name="conversation"/> as a whole.</summary>
    Assessment Score(Conversation conversation);
}
