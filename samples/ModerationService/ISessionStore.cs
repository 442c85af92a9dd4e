namespace ModerationService;

/// <summary>
/// Where the service keeps each conversation's session between requests: the bytes written by
/// <c>ConversationSession.Save</c>, keyed by conversation id. <see cref="MemorySessionStore"/> keeps them in this
/// process; implement this interface over Redis or a database to share sessions between instances.
/// </summary>
public interface ISessionStore
{
    /// <summary>The saved session of <paramref name="conversationId"/>, or <see langword="null"/> if unknown or expired.</summary>
    ValueTask<byte[]?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Saves (or replaces) the session of <paramref name="conversationId"/>.</summary>
    ValueTask SetAsync(string conversationId, byte[] session, CancellationToken cancellationToken = default);
}
