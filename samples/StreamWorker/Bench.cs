using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// Measures throughput and end-to-end latency: starts worker processes on a fresh key prefix, waits until they share
/// the partitions, replays copies of a conversation file, waits for every result, then reports messages per second
/// (first event in to last result out) and latency percentiles (event's arrival in Redis to its result's, both Redis
/// server time), plus the saved session size. Deletes its keys at the end.
/// </summary>
internal sealed class Bench(IConnectionMultiplexer redis, StreamWorkerOptions options)
{
    private static readonly TimeSpan s_waitLimit = TimeSpan.FromMinutes(10);

    public async Task<string> RunAsync(string input, int workers, int messages, double rate, CancellationToken cancellationToken)
    {
        var keys = new StreamKeys(options.Prefix, options.Partitions);
        var database = redis.GetDatabase();
        var conversations = ConversationEvents.Copies(await ConversationEvents.ReadAsync(input, cancellationToken).ConfigureAwait(false), messages);
        var events = ConversationEvents.Interleave(conversations).Take(messages).ToList();
        try
        {
            using (var processes = new WorkerProcesses())
            {
                for (var i = 0; i < workers; i++)
                {
                    processes.Start([
                        "--redis", options.Redis, "--prefix", options.Prefix, "--partitions", options.Partitions.ToString(CultureInfo.InvariantCulture),
                        "--lease-ms", ((long)options.LeaseTtl.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), "--log-level", "Warning"]);
                }

                await WaitAsync(async () => await database.SortedSetLengthAsync(keys.Workers).ConfigureAwait(false) == workers, "the workers to start", cancellationToken).ConfigureAwait(false);

                // Long enough for every worker to renew twice: the first ones free the later ones' shares, which take them.
                await Task.Delay(options.LeaseTtl, cancellationToken).ConfigureAwait(false);

                await new Producer(database, keys).SendAsync(events, rate, cancellationToken).ConfigureAwait(false);
                await WaitAsync(async () => await database.StreamLengthAsync(keys.Results).ConfigureAwait(false) >= messages, "every result", cancellationToken).ConfigureAwait(false);
            }

            var results = await ResultsStream.ReadAsync(database, keys, after: null).ConfigureAwait(false);
            if (results.Count != messages || results.DistinctBy(result => (result.ConversationId, result.Sequence)).Count() != messages)
            {
                throw new InvalidOperationException($"Expected one result for each of {messages} messages, found {results.Count} results.");
            }

            return await ReportAsync(database, keys, workers, rate, results).ConfigureAwait(false);
        }
        finally
        {
            await DeleteKeysAsync(database, keys).ConfigureAwait(false);
        }
    }

    private async Task<string> ReportAsync(IDatabase database, StreamKeys keys, int workers, double rate, List<ResultEntry> results)
    {
        var first = results.Min(result => ResultEntry.Milliseconds(result.InputId));
        var last = results.Max(result => ResultEntry.Milliseconds(result.Id.ToString()));
        var seconds = Math.Max(last - first, 1) / 1000.0;
        var latencies = results.Select(result => result.LatencyMilliseconds).Order().ToArray();
        var (sessionBytes, keyBytes) = await SessionSizesAsync(database, keys).ConfigureAwait(false);
        return string.Create(CultureInfo.InvariantCulture,
            $"| {workers} | {results.Count} | {(rate > 0 ? rate.ToString(CultureInfo.InvariantCulture) : "max")} | {seconds:0.00} | {results.Count / seconds:0} "
            + $"| {Percentile(latencies, 0.50)} | {Percentile(latencies, 0.95)} | {Percentile(latencies, 0.99)} | {sessionBytes:0} | {keyBytes:0} |");
    }

    private static long Percentile(long[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    /// <summary>The mean size of the saved sessions (bytes of <c>ConversationSession.Save</c>) and of their keys in Redis (<c>MEMORY USAGE</c>).</summary>
    private async Task<(double Session, double Key)> SessionSizesAsync(IDatabase database, StreamKeys keys)
    {
        var (count, session, memory) = (0, 0L, 0L);
        var server = redis.GetServers()[0];
        await foreach (var key in server.KeysAsync(pattern: keys.Session("*").ToString(), pageSize: 1000).ConfigureAwait(false))
        {
            count++;
            session += await database.HashStringLengthAsync(key, "session").ConfigureAwait(false);
            memory += (long)await database.ExecuteAsync("MEMORY", "USAGE", key).ConfigureAwait(false);
        }

        return count == 0 ? (0, 0) : ((double)session / count, (double)memory / count);
    }

    private async Task DeleteKeysAsync(IDatabase database, StreamKeys keys)
    {
        var server = redis.GetServers()[0];
        await foreach (var key in server.KeysAsync(pattern: keys.Pattern, pageSize: 1000).ConfigureAwait(false))
        {
            await database.KeyDeleteAsync(key).ConfigureAwait(false);
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> done, string what, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (!await done().ConfigureAwait(false))
        {
            if (clock.Elapsed > s_waitLimit)
            {
                throw new TimeoutException($"Gave up waiting for {what} after {s_waitLimit}.");
            }

            await Task.Delay(20, cancellationToken).ConfigureAwait(false);
        }
    }
}
