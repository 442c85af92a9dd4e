using System.Diagnostics;
using Detector.Scoring;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// A moderation worker: holds its share of the partitions (<see cref="PartitionLeases"/>), takes over the pending
/// entries of each partition it acquires, then reads the partitions through the consumer group and processes every
/// entry with <see cref="MessageProcessor"/>, until cancelled. Survives Redis restarts: on an error it waits, renews
/// its leases and re-reads its own pending entries.
/// </summary>
internal sealed partial class Worker(IConnectionMultiplexer redis, StreamKeys keys, StreamWorkerOptions options, ConversationScorer scorer, ILogger<Worker> logger)
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(250);

    private readonly IDatabase _database = redis.GetDatabase();

    // What this worker has done, logged at each lease refresh when it changed: entries scored, entries otherwise
    // handled (already processed, malformed, or left pending), and entries taken over from other workers.
    private long _committed;
    private long _others;
    private long _claimed;
    private long _logged;

    /// <summary>This worker's consumer name and lease value: unique per process.</summary>
    public string Id { get; } = $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..6]}";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var leases = new PartitionLeases(_database, keys, options, Id, logger);
        var processor = new MessageProcessor(_database, keys, options, scorer, Id, logger);

        // Partitions whose pending entries (delivered to this worker but not acknowledged) are read before new ones.
        var backlog = new HashSet<int>();
        var recovering = false;
        var lastRefresh = 0L;
        LogStarted(Id, keys.Partitions);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    if (recovering || lastRefresh == 0 || Stopwatch.GetElapsedTime(lastRefresh) >= options.LeaseTtl / 3)
                    {
                        var acquired = await leases.RefreshAsync().ConfigureAwait(false);
                        foreach (var partition in recovering ? leases.Held : acquired)
                        {
                            await TakeOverAsync(partition).ConfigureAwait(false);
                            backlog.Add(partition);
                        }

                        backlog.IntersectWith(leases.Held);
                        LogProgress();
                        lastRefresh = Stopwatch.GetTimestamp();
                        recovering = false;
                    }

                    if (!await ReadAndProcessAsync(leases, processor, backlog, cancellationToken).ConfigureAwait(false))
                    {
                        await Task.Delay(options.PollInterval, cancellationToken).ConfigureAwait(false);
                    }
                }
                catch (Exception ex) when (ex is RedisException or TimeoutException)
                {
                    LogRedisError(ex.GetType().Name, ex.Message);
                    recovering = true;
                    await Task.Delay(s_retryDelay, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            await LeaveAsync(leases).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads a batch from every partition held (pending entries first where there are any) and processes it: the
    /// entries of different conversations concurrently, those of one conversation in order, stopping at the first that
    /// could not be committed (it stays pending and the partition is re-read from its pending entries, so no later
    /// message of that conversation overtakes it).
    /// </summary>
    /// <returns>Whether any entry was read.</returns>
    private async Task<bool> ReadAndProcessAsync(PartitionLeases leases, MessageProcessor processor, HashSet<int> backlog, CancellationToken cancellationToken)
    {
        if (leases.Held.Count == 0)
        {
            return false;
        }

        var partitionOf = leases.Held.ToDictionary(partition => keys.Input(partition));
        var positions = leases.Held
            .Select(partition => new StreamPosition(keys.Input(partition), backlog.Contains(partition) ? "0-0" : StreamPosition.NewMessages))
            .ToArray();
        var streams = await _database.StreamReadGroupAsync(positions, StreamKeys.Group, Id, options.BatchSize).ConfigureAwait(false);
        foreach (var stream in streams.Where(stream => stream.Entries.Length == 0))
        {
            backlog.Remove(partitionOf[stream.Key]);
        }

        var conversations = streams
            .SelectMany(stream => stream.Entries.Select(entry => (Partition: partitionOf[stream.Key], Entry: entry)))
            .GroupBy(item => (item.Partition, Conversation: item.Entry["conversation"].ToString()));
        var stopped = await Task.WhenAll(conversations.Select(async conversation =>
        {
            foreach (var (partition, entry) in conversation)
            {
                var outcome = await processor.ProcessAsync(partition, entry, cancellationToken).ConfigureAwait(false);
                Interlocked.Increment(ref outcome == ProcessOutcome.Committed ? ref _committed : ref _others);
                if (outcome is ProcessOutcome.LeaseLost or ProcessOutcome.Conflict)
                {
                    return (Partition: partition, Outcome: outcome);
                }
            }

            return (Partition: -1, Outcome: ProcessOutcome.Committed);
        })).ConfigureAwait(false);

        foreach (var (partition, outcome) in stopped.Where(stop => stop.Partition >= 0))
        {
            if (outcome == ProcessOutcome.LeaseLost)
            {
                leases.Forget(partition);
                backlog.Remove(partition);
            }
            else
            {
                backlog.Add(partition);
            }
        }

        return streams.Any(stream => stream.Entries.Length > 0);
    }

    /// <summary>
    /// Makes sure the partition's consumer group exists, then claims every pending entry of the partition
    /// (<c>XAUTOCLAIM</c>) for this worker. The minimum idle time is zero because the lease already is the idle
    /// timeout: a previous holder's entries are only claimable once its lease expired (it stopped renewing for a
    /// whole TTL) or it gave the partition up, and a holder that merely paused is fenced off by
    /// <see cref="CommitScript"/>. Claiming them all keeps each conversation's messages in order.
    /// </summary>
    private async Task TakeOverAsync(int partition)
    {
        try
        {
            await _database.StreamCreateConsumerGroupAsync(keys.Input(partition), StreamKeys.Group, "0-0", createStream: true).ConfigureAwait(false);
        }
        catch (RedisServerException ex) when (ex.Message.StartsWith("BUSYGROUP", StringComparison.Ordinal))
        {
            // It exists already.
        }

        var claimed = 0;
        RedisValue cursor = "0-0";
        do
        {
            var result = await _database.StreamAutoClaimIdsOnlyAsync(keys.Input(partition), StreamKeys.Group, Id, 0, cursor, 256).ConfigureAwait(false);
            claimed += result.ClaimedIds.Length;
            cursor = result.NextStartId;
        }
        while (cursor != "0-0");

        if (claimed > 0)
        {
            _claimed += claimed;
            LogClaimed(partition, claimed);
        }
    }

    private void LogProgress()
    {
        if (_committed + _others + _claimed != _logged)
        {
            _logged = _committed + _others + _claimed;
            LogProgress(_committed, _others, _claimed);
        }
    }

    private async Task LeaveAsync(PartitionLeases leases)
    {
        try
        {
            await leases.ReleaseAllAsync().ConfigureAwait(false);
            LogStopped(Id);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            // The leases will expire on their own.
            LogRedisError(ex.GetType().Name, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Worker} started ({Partitions} partitions).")]
    private partial void LogStarted(string worker, int partitions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Worker {Worker} stopped and released its partitions.")]
    private partial void LogStopped(string worker);

    [LoggerMessage(Level = LogLevel.Information, Message = "Partition {Partition}: claimed {Count} pending entries (XAUTOCLAIM).")]
    private partial void LogClaimed(int partition, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Processed {Committed} messages and {Others} other entries (already processed, malformed or left pending); claimed {Claimed} pending entries so far.")]
    private partial void LogProgress(long committed, long others, long claimed);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis: {Error}: {Reason}; retrying.")]
    private partial void LogRedisError(string error, string reason);
}
