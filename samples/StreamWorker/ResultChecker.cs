using System.Diagnostics;
using Detector.Conversations;
using Detector.Scoring;
using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// Checks the results stream against the single-process scorer: waits until every message of the conversations has
/// a result and nothing is pending (or the time is up), then counts missing, duplicated, unexpected and mismatched
/// results (a mismatch is a result line that differs from the one a single <see cref="ConversationSession"/> gives
/// after the same message).
/// </summary>
internal sealed class ResultChecker(IDatabaseAsync database, StreamKeys keys, ConversationScorer scorer)
{
    private static readonly TimeSpan s_pollInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>The results read by the last <see cref="CheckAsync"/>, in stream order.</summary>
    public IReadOnlyList<ResultEntry> Results { get; private set; } = [];

    public async Task<CheckReport> CheckAsync(IReadOnlyList<Conversation> conversations, TimeSpan wait, CancellationToken cancellationToken)
    {
        var expected = Expected(conversations);
        var results = new List<ResultEntry>();
        var seen = new HashSet<(string, long)>();
        var clock = Stopwatch.StartNew();
        long pending;
        while (true)
        {
            results.AddRange(await ResultsStream.ReadAsync(database, keys, results.Count == 0 ? null : results[^1].Id.ToString()).ConfigureAwait(false));
            seen.UnionWith(results.Select(Key));
            pending = await PendingAsync().ConfigureAwait(false);
            if ((expected.Keys.All(seen.Contains) && pending == 0) || clock.Elapsed >= wait)
            {
                break;
            }

            await Task.Delay(s_pollInterval, cancellationToken).ConfigureAwait(false);
        }

        Results = results;
        var counts = results.CountBy(Key).ToDictionary();
        return new CheckReport(
            Expected: expected.Count,
            Results: results.Count,
            Missing: expected.Keys.Count(key => !counts.ContainsKey(key)),
            Duplicates: counts.Values.Sum(count => count - 1),
            Mismatched: results.Count(result => expected.TryGetValue(Key(result), out var line) && line != result.Result),
            Unexpected: results.Count(result => !expected.ContainsKey(Key(result))),
            Pending: pending,
            Workers: results.CountBy(result => result.Worker).ToDictionary());
    }

    private static (string, long) Key(ResultEntry result) => (result.ConversationId, result.Sequence);

    /// <summary>The result line after each message of each conversation, scored in this process.</summary>
    private Dictionary<(string, long), string> Expected(IReadOnlyList<Conversation> conversations)
    {
        var expected = new Dictionary<(string, long), string>();
        foreach (var conversation in conversations)
        {
            var session = scorer.CreateSession();
            for (var sequence = 0; sequence < conversation.Messages.Count; sequence++)
            {
                expected[(conversation.Id, sequence)] = ContractLines.ScoreResult(conversation.Id, session.Append(conversation.Messages[sequence]));
            }
        }

        return expected;
    }

    /// <summary>Entries delivered to a worker but not acknowledged, over all partitions.</summary>
    private async Task<long> PendingAsync()
    {
        var pending = 0L;
        for (var partition = 0; partition < keys.Partitions; partition++)
        {
            try
            {
                pending += (await database.StreamPendingAsync(keys.Input(partition), StreamKeys.Group).ConfigureAwait(false)).PendingMessageCount;
            }
            catch (RedisServerException ex) when (ex.Message.StartsWith("NOGROUP", StringComparison.Ordinal))
            {
                // No worker has read this partition yet.
            }
        }

        return pending;
    }
}
