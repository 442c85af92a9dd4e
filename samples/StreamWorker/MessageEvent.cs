using System.Globalization;
using Detector.Conversations;
using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// One message of one conversation, as an entry of an input stream: fields <c>conversation</c> (its id),
/// <c>message</c> (the platform's message id), <c>seq</c> (the message's position in its conversation, from 0: the
/// idempotency key) and <c>body</c> (the message as a one-message conversation line of the contract, section 1).
/// </summary>
internal sealed record MessageEvent(string ConversationId, string MessageId, long Sequence, Message Message)
{
    /// <summary>The stream entry's fields.</summary>
    public NameValueEntry[] ToFields() =>
    [
        new("conversation", ConversationId),
        new("message", MessageId),
        new("seq", Sequence),
        new("body", ContractLines.OneMessageConversation(ConversationId, Message)),
    ];

    /// <summary>The event in <paramref name="entry"/>, or <see langword="null"/> if the entry is malformed (or was deleted).</summary>
    public static async ValueTask<MessageEvent?> ReadAsync(StreamEntry entry, CancellationToken cancellationToken)
    {
        if (entry.IsNull
            || entry["conversation"] is not { IsNullOrEmpty: false } conversationId
            || !long.TryParse((string?)entry["seq"], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || entry["body"] is not { IsNullOrEmpty: false } body
            || await ContractLines.ReadConversationAsync((byte[])body!, cancellationToken).ConfigureAwait(false) is not { Messages: [var message] } conversation
            || conversation.Id != conversationId)
        {
            return null;
        }

        return new MessageEvent(conversationId!, entry["message"].ToString(), sequence, message);
    }
}
