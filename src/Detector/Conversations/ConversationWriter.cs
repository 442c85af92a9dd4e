using Detector.Conversations.Json;

namespace Detector.Conversations;

/// <summary>
/// Writes conversations as a JSON Lines conversation file (contract section 1). Output is deterministic:
/// the same conversations give the same bytes. Not thread-safe.
/// </summary>
public sealed class ConversationWriter : IAsyncDisposable, IDisposable
{
    private readonly JsonLinesWriter<ConversationLine> _lines;

    /// <summary>Creates a writer over <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the lines go; buffered by the caller if wanted.</param>
    /// <param name="leaveOpen">Leave <paramref name="stream"/> open when this writer is disposed.</param>
    public ConversationWriter(Stream stream, bool leaveOpen = false) =>
        _lines = new(stream, ContractJsonContext.Writing.ConversationLine, leaveOpen);

    /// <summary>Writes one conversation as one line.</summary>
    public void Write(Conversation conversation) => _lines.Write(ConversationLineMapper.ToLine(conversation));

    /// <inheritdoc/>
    public void Dispose() => _lines.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _lines.DisposeAsync();
}
