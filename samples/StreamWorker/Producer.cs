using System.Diagnostics;
using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// Adds message events to the input streams, each to its conversation's partition, at a given rate. Each partition
/// is written in order, one event at a time, so a retried event can never land after a later message of its
/// conversation; a retry after a lost reply may add an event twice, which the workers skip by its sequence.
/// </summary>
internal sealed class Producer(IDatabaseAsync database, StreamKeys keys)
{
    private static readonly TimeSpan s_retryDelay = TimeSpan.FromMilliseconds(250);

    /// <summary>Sends <paramref name="events"/> in order, at most <paramref name="rate"/> a second (0: as fast as possible).</summary>
    public async Task SendAsync(IReadOnlyList<MessageEvent> events, double rate, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var partitions = events
            .Select((message, index) => (Message: message, Due: rate > 0 ? TimeSpan.FromSeconds(index / rate) : TimeSpan.Zero))
            .GroupBy(scheduled => keys.PartitionOf(scheduled.Message.ConversationId));
        await Task.WhenAll(partitions.Select(async partition =>
        {
            foreach (var (message, due) in partition)
            {
                if (due > clock.Elapsed)
                {
                    await Task.Delay(due - clock.Elapsed, cancellationToken).ConfigureAwait(false);
                }

                await SendAsync(partition.Key, message, cancellationToken).ConfigureAwait(false);
            }
        })).ConfigureAwait(false);
    }

    private async Task SendAsync(int partition, MessageEvent message, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await database.StreamAddAsync(keys.Input(partition), message.ToFields()).ConfigureAwait(false);
                return;
            }
            catch (Exception ex) when (ex is RedisException or TimeoutException)
            {
                // Redis is restarting or unreachable: try again (the event may have been added already).
                await Task.Delay(s_retryDelay, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
