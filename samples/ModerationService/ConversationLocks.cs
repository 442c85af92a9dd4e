namespace ModerationService;

/// <summary>
/// Serialises the appends to each conversation, so that two requests for the same conversation cannot both read the
/// old session and one overwrite the other's message. Conversations share a fixed number of locks by hash (lock
/// striping), so memory stays bounded however many conversations there are.
/// </summary>
/// <remarks>
/// These locks hold within one process. With several instances behind a load balancer, route each conversation to
/// one instance (by id), or replace them with a distributed lock or a compare-and-set in the store.
/// </remarks>
public sealed class ConversationLocks
{
    private const int Stripes = 256;

    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    /// <summary>Waits for the lock of <paramref name="conversationId"/>; dispose the result to release it.</summary>
    public async ValueTask<IDisposable> AcquireAsync(string conversationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % Stripes)];
        await stripe.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private SemaphoreSlim? _stripe = stripe;

        public void Dispose() => Interlocked.Exchange(ref _stripe, null)?.Release();
    }
}
