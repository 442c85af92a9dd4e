namespace Detector.Conversations;

/// <summary>Options for <see cref="ConversationReader"/>.</summary>
public sealed class ConversationReaderOptions
{
    /// <summary>The default for <see cref="MaxLineBytes"/>: 256 MiB.</summary>
    public const int DefaultMaxLineBytes = 256 * 1024 * 1024;

    /// <summary>
    /// The longest line accepted, in bytes. A longer line is reported as invalid and skipped without
    /// being held in memory, so a hostile file cannot exhaust it.
    /// </summary>
    public int MaxLineBytes { get; set; } = DefaultMaxLineBytes;

    /// <summary>Called for each line that is skipped; when <see langword="null"/> skipped lines are only counted.</summary>
    public Action<InvalidLine>? OnInvalidLine { get; set; }
}
