using Detector.Conversations;
using Detector.Scoring;

namespace StreamWorker;

/// <summary>
/// The contract's JSON lines (shared/CONTRACT.md), written and read with the library's own writers and reader so the
/// streams carry exactly what files carry.
/// </summary>
internal static class ContractLines
{
    /// <summary>A conversation line (contract section 1) holding just <paramref name="message"/>.</summary>
    public static byte[] OneMessageConversation(string conversationId, Message message)
    {
        using var buffer = new MemoryStream();
        using (var writer = new ConversationWriter(buffer, leaveOpen: true))
        {
            writer.Write(new Conversation(conversationId, [message]));
        }

        return WithoutNewline(buffer);
    }

    /// <summary>The conversation in a conversation line, or <see langword="null"/> if the line breaks the contract.</summary>
    public static async ValueTask<Conversation?> ReadConversationAsync(byte[] line, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(line, writable: false);
        await foreach (var conversation in new ConversationReader(stream, "stream entry").ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            return conversation;
        }

        return null;
    }

    /// <summary>The score result line (contract section 2) of conversation <paramref name="conversationId"/>.</summary>
    public static string ScoreResult(string conversationId, Assessment assessment)
    {
        using var buffer = new MemoryStream();
        using (var writer = new ScoreResultWriter(buffer, leaveOpen: true))
        {
            writer.Write(conversationId, assessment);
        }

        return System.Text.Encoding.UTF8.GetString(WithoutNewline(buffer));
    }

    private static byte[] WithoutNewline(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        return bytes.TrimEnd((byte)'\n').ToArray();
    }
}
