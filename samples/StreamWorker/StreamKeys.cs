using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// The Redis keys of one deployment, and the partition of each conversation. The partition number sits in braces, a
/// Redis Cluster hash tag, so a partition's input stream and lease share a slot.
/// </summary>
internal sealed class StreamKeys(string prefix, int partitions)
{
    /// <summary>The consumer group every worker reads the input streams through.</summary>
    public const string Group = "workers";

    public int Partitions { get; } = partitions > 0 ? partitions : throw new ArgumentOutOfRangeException(nameof(partitions));

    /// <summary>The input stream of partition <paramref name="partition"/>: message events.</summary>
    public RedisKey Input(int partition) => $"{prefix}:in:{{{partition}}}";

    /// <summary>Who holds partition <paramref name="partition"/> now: a worker id, with an expiry.</summary>
    public RedisKey Lease(int partition) => $"{prefix}:lease:{{{partition}}}";

    /// <summary>A conversation's saved session and idempotency record (a hash), with an expiry.</summary>
    public RedisKey Session(string conversationId) => $"{prefix}:session:{conversationId}";

    /// <summary>The results stream: one assessment per message.</summary>
    public RedisKey Results => $"{prefix}:results";

    /// <summary>The live workers: a sorted set of worker ids by last heartbeat (Redis server time, ms).</summary>
    public RedisKey Workers => $"{prefix}:workers";

    /// <summary>The pattern matching every key of the deployment (for clean-up).</summary>
    public string Pattern => $"{prefix}:*";

    /// <summary>
    /// The partition of <paramref name="conversationId"/>: a stable hash (32-bit FNV-1a of the UTF-16 code units, the
    /// same in every process and on every machine, unlike <see cref="string.GetHashCode()"/>) modulo the partition count.
    /// </summary>
    public int PartitionOf(string conversationId)
    {
        var hash = 2166136261u;
        foreach (var c in conversationId)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash % (uint)Partitions);
    }
}
