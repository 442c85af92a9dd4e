using System.Globalization;
using StackExchange.Redis;

namespace StreamWorker;

/// <summary>
/// One entry of the results stream, written by <see cref="CommitScript"/>: fields <c>conversation</c>, <c>message</c>,
/// <c>seq</c>, <c>input</c> (the input entry's id), <c>worker</c> (who scored it) and <c>result</c> (the score result
/// line of the contract, section 2, after this message).
/// </summary>
internal sealed record ResultEntry(RedisValue Id, string ConversationId, string MessageId, long Sequence, string InputId, string Worker, string Result)
{
    /// <summary>The result in <paramref name="entry"/>.</summary>
    /// <exception cref="InvalidDataException">A field is missing.</exception>
    public static ResultEntry Read(StreamEntry entry) => new(
        entry.Id,
        Required(entry, "conversation"),
        Required(entry, "message"),
        long.Parse(Required(entry, "seq"), CultureInfo.InvariantCulture),
        Required(entry, "input"),
        Required(entry, "worker"),
        Required(entry, "result"));

    /// <summary>Milliseconds from the input entry's arrival in Redis to this result's (both ids are Redis server time).</summary>
    public long LatencyMilliseconds => Milliseconds(Id.ToString()) - Milliseconds(InputId);

    /// <summary>The Redis server time, in Unix milliseconds, in stream entry id <paramref name="id"/> (<c>MS-SEQ</c>).</summary>
    public static long Milliseconds(string id) => long.Parse(id.AsSpan(0, id.IndexOf('-', StringComparison.Ordinal)), CultureInfo.InvariantCulture);

    private static string Required(StreamEntry entry, string field) =>
        entry[field] is { IsNull: false } value ? value.ToString() : throw new InvalidDataException($"Result entry {entry.Id} has no '{field}'.");
}
