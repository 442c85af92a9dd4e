namespace StreamWorker;

/// <summary>Where the streams live and how workers share them. Every worker of one deployment must agree on these.</summary>
public sealed class StreamWorkerOptions
{
    /// <summary>The Redis server (StackExchange.Redis configuration string, e.g. <c>127.0.0.1:6379</c>).</summary>
    public string Redis { get; set; } = "127.0.0.1:6379";

    /// <summary>The prefix of every key, so several deployments (or tests) can share one Redis.</summary>
    public string Prefix { get; set; } = "detector";

    /// <summary>
    /// How many input streams the conversations are spread over. Fixed for the life of a deployment (changing it
    /// moves conversations between partitions); choose several times the largest number of workers you expect.
    /// </summary>
    public int Partitions { get; set; } = 8;

    /// <summary>
    /// How long a worker's claim on a partition lasts without renewal. A dead worker's partitions (and their pending
    /// entries) are taken over after at most this long; it is renewed every third of it.
    /// </summary>
    public TimeSpan LeaseTtl { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long a conversation's saved session (and its idempotency record) is kept after its last message. Must be
    /// far longer than any redelivery can take, or a late redelivery would be scored again.
    /// </summary>
    public TimeSpan SessionTtl { get; set; } = TimeSpan.FromDays(1);

    /// <summary>How many entries are read from each partition at a time.</summary>
    public int BatchSize { get; set; } = 32;

    /// <summary>How long an idle worker waits before polling its partitions again.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(5);
}
