using Detector.Conversations;

namespace StreamWorker;

/// <summary>Conversation files turned into message events, the way a platform would emit them.</summary>
internal static class ConversationEvents
{
    /// <summary>Every conversation of the JSON Lines file <paramref name="path"/>.</summary>
    public static async Task<IReadOnlyList<Conversation>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var conversations = new List<Conversation>();
        await foreach (var conversation in ConversationReader.ReadFileAsync(path, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            conversations.Add(conversation);
        }

        return conversations;
    }

    /// <summary>
    /// The conversations' messages interleaved as if they were all happening at once: the first message of every
    /// conversation, then the second of every conversation, and so on. Message ids are <c>ID/SEQ</c>.
    /// </summary>
    public static IEnumerable<MessageEvent> Interleave(IReadOnlyList<Conversation> conversations)
    {
        for (var sequence = 0; ; sequence++)
        {
            var any = false;
            foreach (var conversation in conversations)
            {
                if (sequence < conversation.Messages.Count)
                {
                    any = true;
                    yield return new MessageEvent(conversation.Id, $"{conversation.Id}/{sequence}", sequence, conversation.Messages[sequence]);
                }
            }

            if (!any)
            {
                yield break;
            }
        }
    }

    /// <summary>
    /// Copies of <paramref name="conversations"/> (ids suffixed <c>~1</c>, <c>~2</c>, …) until there are at least
    /// <paramref name="messages"/> messages, for load tests.
    /// </summary>
    public static IReadOnlyList<Conversation> Copies(IReadOnlyList<Conversation> conversations, int messages)
    {
        if (conversations.Sum(conversation => conversation.Messages.Count) == 0)
        {
            throw new InvalidDataException("The conversations have no messages to copy.");
        }

        var copies = new List<Conversation>();
        for (var (copy, total) = (1, 0); total < messages; copy++)
        {
            foreach (var conversation in conversations)
            {
                copies.Add(conversation with { Id = $"{conversation.Id}~{copy}" });
                total += conversation.Messages.Count;
            }
        }

        return copies;
    }
}
