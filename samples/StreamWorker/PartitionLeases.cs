using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// The partitions this worker holds. Each partition has a lease, a key holding the worker id with an expiry
/// (<c>SET NX PX</c>), renewed every third of its TTL; only the holder reads the partition, so a conversation (which
/// lives in exactly one partition) is never processed by two workers at once and its messages are processed in order.
/// Workers announce themselves with a heartbeat, and each holds its fair share, ⌈partitions / live workers⌉: a new
/// worker's share is freed by the others at their next renewal, a dead worker's leases expire and are taken up.
/// </summary>
internal sealed partial class PartitionLeases(IDatabaseAsync database, StreamKeys keys, StreamWorkerOptions options, string worker, ILogger logger)
{
    // KEYS: workers. ARGV: worker, TTL (ms). Records the heartbeat (Redis server time), forgets silent workers, counts the rest.
    private const string HeartbeatScript = """
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        redis.call('ZADD', KEYS[1], now, ARGV[1])
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - tonumber(ARGV[2]))
        return redis.call('ZCARD', KEYS[1])
        """;

    // KEYS: lease. ARGV: worker, TTL (ms).
    private const string RenewScript = """
        if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
        return redis.call('PEXPIRE', KEYS[1], ARGV[2])
        """;

    // KEYS: lease. ARGV: worker.
    private const string ReleaseScript = """
        if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
        return redis.call('DEL', KEYS[1])
        """;

    private readonly SortedSet<int> _held = [];
    private readonly long _ttl = (long)options.LeaseTtl.TotalMilliseconds;

    /// <summary>The partitions held, as of the last <see cref="RefreshAsync"/>.</summary>
    public IReadOnlyCollection<int> Held => _held;

    /// <summary>
    /// Sends the heartbeat, renews the leases held (dropping any lost), frees those beyond the fair share and takes
    /// free ones up to it.
    /// </summary>
    /// <returns>The partitions newly acquired, whose pending entries the caller must take over before reading new ones.</returns>
    public async Task<IReadOnlyList<int>> RefreshAsync()
    {
        var live = (long)await database.ScriptEvaluateAsync(HeartbeatScript, [keys.Workers], [worker, _ttl]).ConfigureAwait(false);
        var share = (int)Math.Ceiling(keys.Partitions / (double)Math.Max(live, 1));

        foreach (var partition in _held.ToArray())
        {
            if ((long)await database.ScriptEvaluateAsync(RenewScript, [keys.Lease(partition)], [worker, _ttl]).ConfigureAwait(false) == 0)
            {
                _held.Remove(partition);
                LogLost(partition);
            }
        }

        while (_held.Count > share)
        {
            var partition = _held.Max;
            await ReleaseAsync(partition).ConfigureAwait(false);
            LogReleased(partition, share);
        }

        var acquired = new List<int>();
        var start = (int)((uint)worker.GetHashCode(StringComparison.Ordinal) % (uint)keys.Partitions);
        for (var i = 0; i < keys.Partitions && _held.Count < share; i++)
        {
            var partition = (start + i) % keys.Partitions;
            if (!_held.Contains(partition)
                && await database.StringSetAsync(keys.Lease(partition), worker, options.LeaseTtl, When.NotExists).ConfigureAwait(false))
            {
                _held.Add(partition);
                acquired.Add(partition);
            }
        }

        if (acquired.Count > 0)
        {
            LogAcquired(acquired, _held);
        }

        return acquired;
    }

    /// <summary>Gives up every lease and leaves the set of live workers (on a polite shutdown).</summary>
    public async Task ReleaseAllAsync()
    {
        foreach (var partition in _held.ToArray())
        {
            await ReleaseAsync(partition).ConfigureAwait(false);
        }

        await database.SortedSetRemoveAsync(keys.Workers, worker).ConfigureAwait(false);
    }

    /// <summary>Forgets partition <paramref name="partition"/> after a commit found its lease gone.</summary>
    public void Forget(int partition)
    {
        if (_held.Remove(partition))
        {
            LogLost(partition);
        }
    }

    private async Task ReleaseAsync(int partition)
    {
        _held.Remove(partition);
        await database.ScriptEvaluateAsync(ReleaseScript, [keys.Lease(partition)], [worker]).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Acquired partitions {Acquired}; holding {Held}.")]
    private partial void LogAcquired(IEnumerable<int> acquired, IEnumerable<int> held);

    [LoggerMessage(Level = LogLevel.Information, Message = "Released partition {Partition} (fair share {Share}).")]
    private partial void LogReleased(int partition, int share);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the lease of partition {Partition}.")]
    private partial void LogLost(int partition);
}
