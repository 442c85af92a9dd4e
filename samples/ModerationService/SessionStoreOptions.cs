namespace ModerationService;

/// <summary>Bounds of <see cref="MemorySessionStore"/>, bound from the "Sessions" configuration section.</summary>
public sealed class SessionStoreOptions
{
    /// <summary>The most conversations kept; past it, the least recently used is dropped.</summary>
    public int Capacity { get; set; } = 100_000;

    /// <summary>A conversation neither read nor written for this long is dropped.</summary>
    public TimeSpan SlidingExpiration { get; set; } = TimeSpan.FromHours(24);
}
