using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Detector.Conversations.Json;

namespace Detector.Conversations;

/// <summary>
/// Streams conversations from a JSON Lines conversation file (contract section 1), one line at a time,
/// so memory stays bounded by the longest line, not the file. A line that is not valid UTF-8 or JSON,
/// or breaks the contract, is reported through <see cref="ConversationReaderOptions.OnInvalidLine"/>
/// and skipped; reading goes on. Blank lines are ignored; unknown fields are ignored.
/// </summary>
/// <remarks>An instance reads one stream once and is not thread-safe.</remarks>
public sealed class ConversationReader
{
    private static readonly byte[] s_utf8Bom = [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly string _source;
    private readonly ConversationReaderOptions _options;
    private bool _started;

    /// <summary>Creates a reader over <paramref name="stream"/>, which it leaves open.</summary>
    /// <param name="stream">The file's bytes.</param>
    /// <param name="source">The name used in error reports, usually the file path.</param>
    /// <param name="options">Limits and the invalid-line callback; defaults when <see langword="null"/>.</param>
    public ConversationReader(Stream stream, string source, ConversationReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        _stream = stream;
        _source = source;
        _options = options ?? new ConversationReaderOptions();
        ArgumentOutOfRangeException.ThrowIfLessThan(_options.MaxLineBytes, 2, nameof(options));
    }

    /// <summary>Lines read so far, including blank and invalid ones.</summary>
    public long LineCount { get; private set; }

    /// <summary>Lines skipped so far because they were invalid.</summary>
    public long InvalidLineCount { get; private set; }

    /// <summary>Opens <paramref name="path"/> (or standard input for <c>-</c>) and reads it to the end.</summary>
    public static async IAsyncEnumerable<Conversation> ReadFileAsync(
        string path,
        ConversationReaderOptions? options = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var stream = path == "-"
            ? Console.OpenStandardInput()
            : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream.ConfigureAwait(false))
        {
            var reader = new ConversationReader(stream, path, options);
            await foreach (var conversation in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return conversation;
            }
        }
    }

    /// <summary>Reads every valid conversation, in file order.</summary>
    /// <exception cref="InvalidOperationException">The reader was already used.</exception>
    public async IAsyncEnumerable<Conversation> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (_started)
        {
            throw new InvalidOperationException("A ConversationReader reads its stream once.");
        }

        _started = true;
        var pipe = PipeReader.Create(_stream, new StreamPipeReaderOptions(bufferSize: 1 << 16, minimumReadSize: 1 << 12, leaveOpen: true));
        var skippingLongLine = false;
        var scanned = 0L; // bytes at the start of the buffer already searched for a newline, so a long line is searched once
        try
        {
            while (true)
            {
                var read = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
                var buffer = read.Buffer;
                while (TryTakeLine(ref buffer, ref scanned, out var line))
                {
                    if (skippingLongLine)
                    {
                        skippingLongLine = false;
                        continue;
                    }

                    if (ParseLine(line) is { } conversation)
                    {
                        yield return conversation;
                    }
                }

                if (!skippingLongLine && buffer.Length > _options.MaxLineBytes)
                {
                    LineCount++;
                    Report($"line is longer than {_options.MaxLineBytes} bytes");
                    skippingLongLine = true;
                }

                if (skippingLongLine)
                {
                    buffer = buffer.Slice(buffer.End);
                    scanned = 0;
                }

                if (read.IsCompleted)
                {
                    if (!skippingLongLine && !buffer.IsEmpty && ParseLine(buffer) is { } last)
                    {
                        yield return last;
                    }

                    pipe.AdvanceTo(buffer.End);
                    yield break;
                }

                pipe.AdvanceTo(buffer.Start, buffer.End);
            }
        }
        finally
        {
            await pipe.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>Takes the next whole line off <paramref name="buffer"/>, searching only past the <paramref name="scanned"/> bytes searched before.</summary>
    private static bool TryTakeLine(ref ReadOnlySequence<byte> buffer, ref long scanned, out ReadOnlySequence<byte> line)
    {
        if (buffer.Slice(scanned).PositionOf((byte)'\n') is not { } newline)
        {
            scanned = buffer.Length;
            line = default;
            return false;
        }

        line = buffer.Slice(0, newline);
        buffer = buffer.Slice(buffer.GetPosition(1, newline));
        scanned = 0;
        return true;
    }

    private Conversation? ParseLine(ReadOnlySequence<byte> sequence)
    {
        LineCount++;

        ReadOnlySpan<byte> line = sequence.IsSingleSegment ? sequence.FirstSpan : sequence.ToArray();
        if (LineCount == 1 && line.StartsWith(s_utf8Bom))
        {
            line = line[s_utf8Bom.Length..];
        }

        if (line.Length > 0 && line[^1] == (byte)'\r')
        {
            line = line[..^1];
        }

        if (line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        if (!Utf8.IsValid(line))
        {
            return Report($"not valid UTF-8 (at byte {ValidUtf8PrefixLength(line) + 1})");
        }

        ConversationLine? parsed;
        try
        {
            parsed = JsonSerializer.Deserialize(line, ContractJsonContext.Default.ConversationLine);
        }
        catch (JsonException ex)
        {
            return Report("invalid JSON: " + DescribeJsonError(ex));
        }

        if (parsed is null)
        {
            return Report("expected a JSON object, found null");
        }

        return ConversationLineMapper.TryMap(parsed, out var conversation, out var reason)
            ? conversation
            : Report(reason!);
    }

    private static int ValidUtf8PrefixLength(ReadOnlySpan<byte> line)
    {
        var consumed = 0;
        while (consumed < line.Length && Rune.DecodeFromUtf8(line[consumed..], out _, out var length) == OperationStatus.Done)
        {
            consumed += length;
        }

        return consumed;
    }

    private static string DescribeJsonError(JsonException ex)
    {
        // System.Text.Json appends "LineNumber: 0 | BytePositionInLine: N." which is noise for a one-line record;
        // keep the path and the byte position, which point at the fault.
        var message = ex.Message;
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut > 0)
        {
            message = message[..cut].TrimEnd(' ', '|', '.');
        }

        return ex.BytePositionInLine is { } position ? $"{message} (at byte {position + 1})" : message;
    }

    private Conversation? Report(string reason)
    {
        InvalidLineCount++;
        _options.OnInvalidLine?.Invoke(new InvalidLine(_source, LineCount, reason));
        return null;
    }
}
