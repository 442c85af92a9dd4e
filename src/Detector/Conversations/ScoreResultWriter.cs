using Detector.Conversations.Json;
using Detector.Scoring;

namespace Detector.Conversations;

/// <summary>Writes score result lines (contract section 2), one per conversation. Not thread-safe.</summary>
public sealed class ScoreResultWriter : IAsyncDisposable, IDisposable
{
    private readonly JsonLinesWriter<ScoreResultLine> _lines;

    /// <summary>Creates a writer over <paramref name="stream"/>.</summary>
    /// <param name="stream">Where the lines go.</param>
    /// <param name="leaveOpen">Leave <paramref name="stream"/> open when this writer is disposed.</param>
    public ScoreResultWriter(Stream stream, bool leaveOpen = false) =>
        _lines = new(stream, ContractJsonContext.Writing.ScoreResultLine, leaveOpen);

    /// <summary>Writes the result line for conversation <paramref name="conversationId"/>.</summary>
    public void Write(string conversationId, Assessment assessment) =>
        _lines.Write(ScoreResultLineMapper.ToLine(conversationId, assessment));

    /// <summary>Flushes what has been written to the stream.</summary>
    public ValueTask FlushAsync(CancellationToken cancellationToken = default) => _lines.FlushAsync(cancellationToken);

    /// <inheritdoc/>
    public void Dispose() => _lines.Dispose();

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => _lines.DisposeAsync();
}
