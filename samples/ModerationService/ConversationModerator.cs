using Detector.Conversations;
using Detector.Scoring;

namespace ModerationService;

/// <summary>
/// Follows conversations across requests: restores a conversation's session from the store, appends the new message,
/// saves the session back and returns the assessment. Appends to one conversation happen one at a time.
/// </summary>
public sealed partial class ConversationModerator(
    ConversationScorer scorer,
    ISessionStore store,
    ConversationLocks locks,
    TimeProvider time,
    ILogger<ConversationModerator> logger)
{
    /// <summary>Appends <paramref name="message"/> to conversation <paramref name="conversationId"/> (starting it if new).</summary>
    public async Task<AssessmentResponse> AppendAsync(string conversationId, MessageRequest message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(message.From);
        using (await locks.AcquireAsync(conversationId, cancellationToken).ConfigureAwait(false))
        {
            var session = await RestoreAsync(conversationId, cancellationToken).ConfigureAwait(false) ?? scorer.CreateSession();
            session.Append(new Message(message.From, message.Text ?? string.Empty, message.Kind ?? MessageKind.Text, message.At ?? time.GetUtcNow()));
            await store.SetAsync(conversationId, session.Save(), cancellationToken).ConfigureAwait(false);
            return AssessmentResponse.Of(conversationId, session);
        }
    }

    /// <summary>The current assessment of conversation <paramref name="conversationId"/>, or <see langword="null"/> if unknown.</summary>
    public async Task<AssessmentResponse?> GetAsync(string conversationId, CancellationToken cancellationToken)
    {
        var session = await RestoreAsync(conversationId, cancellationToken).ConfigureAwait(false);
        return session is null ? null : AssessmentResponse.Of(conversationId, session);
    }

    private async Task<ConversationSession?> RestoreAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(conversationId, cancellationToken).ConfigureAwait(false) is not { } saved)
        {
            return null;
        }

        try
        {
            return scorer.RestoreSession(saved);
        }
        catch (InvalidDataException ex)
        {
            // Saved by another version of the rules or models (after an upgrade) or damaged: it cannot be resumed.
            LogUnrestorable(conversationId, ex.Message);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: the saved session cannot be restored ({Reason}); it starts afresh.")]
    private partial void LogUnrestorable(string conversationId, string reason);
}
