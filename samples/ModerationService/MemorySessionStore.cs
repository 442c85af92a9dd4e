using Microsoft.Extensions.Options;

namespace ModerationService;

/// <summary>
/// Keeps saved sessions in memory, at most <see cref="SessionStoreOptions.Capacity"/> of them: the least recently used
/// is dropped first, and any not used for <see cref="SessionStoreOptions.SlidingExpiration"/> is dropped. Thread-safe.
/// </summary>
/// <remarks>
/// The entries are kept in order of last use, most recent first, so the expired ones are always at the end of the list.
/// </remarks>
public sealed class MemorySessionStore : ISessionStore
{
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _byLastUse = new();
    private readonly Lock _lock = new();
    private readonly int _capacity;
    private readonly TimeSpan _slidingExpiration;
    private readonly TimeProvider _time;

    /// <summary>A store bounded by <paramref name="options"/>, telling time by <paramref name="time"/>.</summary>
    public MemorySessionStore(IOptions<SessionStoreOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _capacity = options.Value.Capacity;
        _slidingExpiration = options.Value.SlidingExpiration;
        ArgumentOutOfRangeException.ThrowIfLessThan(_capacity, 1, nameof(options));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(_slidingExpiration, TimeSpan.Zero, nameof(options));
        _time = time;
    }

    /// <inheritdoc/>
    public ValueTask<byte[]?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            RemoveExpired(now);
            if (!_entries.TryGetValue(conversationId, out var node))
            {
                return ValueTask.FromResult<byte[]?>(null);
            }

            Touch(node, now);
            return ValueTask.FromResult<byte[]?>(node.Value.Session);
        }
    }

    /// <inheritdoc/>
    public ValueTask SetAsync(string conversationId, byte[] session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        ArgumentNullException.ThrowIfNull(session);
        lock (_lock)
        {
            var now = _time.GetUtcNow();
            RemoveExpired(now);
            if (_entries.TryGetValue(conversationId, out var node))
            {
                node.Value.Session = session;
                Touch(node, now);
            }
            else
            {
                _entries.Add(conversationId, _byLastUse.AddFirst(new Entry(conversationId, session, now)));
                if (_entries.Count > _capacity)
                {
                    Remove(_byLastUse.Last!);
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    private void Touch(LinkedListNode<Entry> node, DateTimeOffset now)
    {
        node.Value.LastUsed = now;
        _byLastUse.Remove(node);
        _byLastUse.AddFirst(node);
    }

    private void RemoveExpired(DateTimeOffset now)
    {
        while (_byLastUse.Last is { } oldest && now - oldest.Value.LastUsed >= _slidingExpiration)
        {
            Remove(oldest);
        }
    }

    private void Remove(LinkedListNode<Entry> node)
    {
        _byLastUse.Remove(node);
        _entries.Remove(node.Value.ConversationId);
    }

    private sealed class Entry(string conversationId, byte[] session, DateTimeOffset lastUsed)
    {
        public string ConversationId { get; } = conversationId;

        public byte[] Session { get; set; } = session;

        public DateTimeOffset LastUsed { get; set; } = lastUsed;
    }
}
