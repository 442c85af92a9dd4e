using StackExchange.Redis;

namespace StreamWorker;

/// <summary>What <see cref="CommitScript"/> did.</summary>
internal enum CommitOutcome
{
    /// <summary>State, result and acknowledgement written together.</summary>
    Committed,

    /// <summary>Nothing written: this worker no longer holds the partition's lease (another may be processing it).</summary>
    LeaseLost,

    /// <summary>Nothing written: the conversation's idempotency record changed since it was read; read it again.</summary>
    Conflict,
}

/// <summary>
/// The one atomic step of processing a message (a Lua script, which Redis runs with nothing else in between): check
/// that this worker still holds the partition's lease (a fencing token) and that the conversation's last processed
/// sequence is still the one the session was read at; then save the session and the new sequence (with expiry),
/// append the result to the results stream and acknowledge the input entry. A crash before the script leaves the
/// entry pending (it is redelivered, and scored as if for the first time); a crash after it leaves nothing to do
/// (a redelivery finds the sequence recorded and is only acknowledged).
/// </summary>
internal static class CommitScript
{
    // KEYS: lease, session, results, input.
    // ARGV: worker, expected seq ('' when the conversation is new), seq, session bytes, session TTL (ms),
    //       group, input entry id, conversation id, message id, result line.
    private const string Script = """
        if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
        local seq = redis.call('HGET', KEYS[2], 'seq')
        if (seq or '') ~= ARGV[2] then return -1 end
        redis.call('HSET', KEYS[2], 'session', ARGV[4], 'seq', ARGV[3], 'message', ARGV[9])
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        redis.call('XADD', KEYS[3], '*', 'conversation', ARGV[8], 'message', ARGV[9], 'seq', ARGV[3],
            'input', ARGV[7], 'worker', ARGV[1], 'result', ARGV[10])
        redis.call('XACK', KEYS[4], ARGV[6], ARGV[7])
        return 1
        """;

    public static async Task<CommitOutcome> RunAsync(
        IDatabaseAsync database, StreamKeys keys, int partition, string worker, long? expectedSequence,
        MessageEvent message, RedisValue inputId, byte[] session, string result, TimeSpan sessionTtl)
    {
        var outcome = (long)await database.ScriptEvaluateAsync(
            Script,
            [keys.Lease(partition), keys.Session(message.ConversationId), keys.Results, keys.Input(partition)],
            [
                worker, expectedSequence is { } expected ? expected : RedisValue.EmptyString, message.Sequence, session,
                (long)sessionTtl.TotalMilliseconds, StreamKeys.Group, inputId, message.ConversationId, message.MessageId, result,
            ]).ConfigureAwait(false);
        return outcome switch
        {
            1 => CommitOutcome.Committed,
            0 => CommitOutcome.LeaseLost,
            _ => CommitOutcome.Conflict,
        };
    }
}
