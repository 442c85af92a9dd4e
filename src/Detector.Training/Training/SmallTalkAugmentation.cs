using Detector.Conversations;

namespace Detector.Training.Training;

/// <summary>
/// Inserts lines that carry no signal (text messages of benign training conversations with no annotated signal) at
/// random places into a share of the training conversations, sextortion and benign alike, so the conversation model
/// cannot learn length or message rhythm as risk: in real chats, small talk comes anywhere and in any amount.
/// </summary>
internal static class SmallTalkAugmentation
{
    /// <summary>The most lines inserted into one conversation.</summary>
    public const int MaxLines = 8;

    /// <summary>
    /// Returns <paramref name="conversations"/> with up to <see cref="MaxLines"/> signal-free lines inserted into a
    /// <paramref name="share"/> of them (each line from a random participant, with its preceding message's timestamp);
    /// deterministic for <paramref name="seed"/>. Labels, suspects and the other messages are kept.
    /// </summary>
    public static IReadOnlyList<Conversation> Apply(IReadOnlyList<Conversation> conversations, double share, int seed)
    {
        var lines = SignalFreeLines(conversations);
        if (share <= 0 || lines.Count == 0)
        {
            return conversations;
        }

        var random = new Random(seed);
        var augmented = new List<Conversation>(conversations.Count);
        foreach (var conversation in conversations)
        {
            if (conversation.Messages.Count == 0 || random.NextDouble() >= share)
            {
                augmented.Add(conversation);
                continue;
            }

            var participants = conversation.Messages.Select(m => m.From).Distinct(StringComparer.Ordinal).ToList();
            var messages = conversation.Messages.ToList();
            for (var count = random.Next(1, MaxLines + 1); count > 0; count--)
            {
                var at = random.Next(messages.Count + 1);
                var timestamp = at > 0 ? messages[at - 1].At : messages[0].At;
                messages.Insert(at, new Message(participants[random.Next(participants.Count)], lines[random.Next(lines.Count)], MessageKind.Text, timestamp));
            }

            augmented.Add(conversation with { Messages = messages });
        }

        return augmented;
    }

    /// <summary>The distinct non-empty texts of benign conversations' text messages that carry no annotated signal, in first-seen order.</summary>
    private static List<string> SignalFreeLines(IReadOnlyList<Conversation> conversations) =>
        [.. conversations
            .Where(c => c.Label == ConversationLabel.Benign)
            .SelectMany(c => c.Messages)
            .Where(m => m.Kind == MessageKind.Text && m.Signals.Count == 0 && m.Text.Length > 0)
            .Select(m => m.Text)
            .Distinct(StringComparer.Ordinal)];
}
