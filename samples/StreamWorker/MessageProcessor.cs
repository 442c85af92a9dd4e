using Detector.Scoring;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// Processes one input entry exactly once: reads the conversation's saved session and idempotency record (the last
/// sequence processed), skips a message already processed, appends the message and commits session, result and
/// acknowledgement atomically with <see cref="CommitScript"/>.
/// </summary>
internal sealed partial class MessageProcessor(
    IDatabaseAsync database, StreamKeys keys, StreamWorkerOptions options, ConversationScorer scorer, string worker, ILogger logger)
{
    private const int Attempts = 3;
    private static readonly RedisValue[] s_recordFields = ["session", "seq"];

    public async Task<ProcessOutcome> ProcessAsync(int partition, StreamEntry entry, CancellationToken cancellationToken)
    {
        if (await MessageEvent.ReadAsync(entry, cancellationToken).ConfigureAwait(false) is not { } message)
        {
            LogMalformed(partition, entry.Id.ToString());
            await database.StreamAcknowledgeAsync(keys.Input(partition), StreamKeys.Group, entry.Id).ConfigureAwait(false);
            return ProcessOutcome.Malformed;
        }

        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var record = await database.HashGetAsync(keys.Session(message.ConversationId), s_recordFields).ConfigureAwait(false);
            long? processed = record[1].IsNull ? null : (long)record[1];
            if (processed >= message.Sequence)
            {
                await database.StreamAcknowledgeAsync(keys.Input(partition), StreamKeys.Group, entry.Id).ConfigureAwait(false);
                return ProcessOutcome.Duplicate;
            }

            if (processed is { } last && message.Sequence != last + 1)
            {
                LogGap(message.ConversationId, last, message.Sequence);
            }

            var session = Restore(message.ConversationId, record[0]);
            var assessment = session.Append(message.Message);
            var outcome = await CommitScript.RunAsync(
                database, keys, partition, worker, processed, message, entry.Id, session.Save(),
                ContractLines.ScoreResult(message.ConversationId, assessment), options.SessionTtl).ConfigureAwait(false);
            switch (outcome)
            {
                case CommitOutcome.Committed:
                    return ProcessOutcome.Committed;
                case CommitOutcome.LeaseLost:
                    return ProcessOutcome.LeaseLost;
            }
        }

        LogConflict(message.ConversationId, Attempts);
        return ProcessOutcome.Conflict;
    }

    private ConversationSession Restore(string conversationId, RedisValue saved)
    {
        if (saved.IsNullOrEmpty)
        {
            return scorer.CreateSession();
        }

        try
        {
            return scorer.RestoreSession((byte[])saved!);
        }
        catch (InvalidDataException ex)
        {
            // Saved by another version of the rules or models (after an upgrade) or damaged: it cannot be resumed.
            LogUnrestorable(conversationId, ex.Message);
            return scorer.CreateSession();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partition {Partition}: entry {EntryId} is not a message event; acknowledged without a result.")]
    private partial void LogMalformed(int partition, string entryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: message {Sequence} follows {Last}; the messages between never arrived.")]
    private partial void LogGap(string conversationId, long last, long sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: its record changed {Attempts} times while processing; the entry stays pending.")]
    private partial void LogConflict(string conversationId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Conversation {ConversationId}: the saved session cannot be restored ({Reason}); it starts afresh.")]
    private partial void LogUnrestorable(string conversationId, string reason);
}
