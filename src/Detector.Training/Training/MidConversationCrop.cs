using Detector.Conversations;

namespace Detector.Training.Training;

/// <summary>
/// Drops the opening of a share of the training conversations (sextortion and benign alike), so the conversation
/// model also learns from conversations seen from the middle: a platform often sees only the part after a move from
/// another app, or a threat with no befriending before it, and the generator's conversations almost always start at
/// the first contact.
/// </summary>
internal static class MidConversationCrop
{
    /// <summary>
    /// Returns <paramref name="conversations"/> with a <paramref name="share"/> of those of three or more messages
    /// starting at a random later message (at least two messages kept); deterministic for <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<Conversation> Apply(IReadOnlyList<Conversation> conversations, double share, int seed)
    {
        if (share <= 0)
        {
            return conversations;
        }

        var random = new Random(seed);
        var cropped = new List<Conversation>(conversations.Count);
        foreach (var conversation in conversations)
        {
            var count = conversation.Messages.Count;
            if (count < 3 || random.NextDouble() >= share)
            {
                cropped.Add(conversation);
                continue;
            }

            var start = random.Next(1, count - 1);
            cropped.Add(conversation with { Messages = [.. conversation.Messages.Skip(start)] });
        }

        return cropped;
    }
}
