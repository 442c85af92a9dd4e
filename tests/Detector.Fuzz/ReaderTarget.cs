using System.Text;
using Detector.Conversations;

namespace Detector.Fuzz;

/// <summary>
/// Fuzz target <c>reader</c>: the bytes as a conversation file. <see cref="ConversationReader"/> must never throw
/// (bad lines are reported and skipped); reading the stream a few bytes at a time must give the same result as reading
/// it whole; and what <see cref="ConversationWriter"/> writes of the conversations read must read back unchanged.
/// </summary>
public static class ReaderTarget
{
    /// <summary>Runs the target on one input.</summary>
    public static void Run(byte[] input)
    {
        var whole = Read(new MemoryStream(input, writable: false));
        var chunked = Read(new ChunkedStream(input, 1 + (input.Length % 13)));
        FuzzAssert.Equal(whole.ToString(), chunked.ToString(), "reading in small chunks changed the result");

        // A line limit below most lines' length drives the skip-a-long-line path across read boundaries.
        var limited = Read(new ChunkedStream(input, 7), maxLineBytes: 64);
        FuzzAssert.True(limited.Count <= whole.Count, "a line limit let more conversations through than no limit");

        var reread = Read(new MemoryStream(Encoding.UTF8.GetBytes(whole.Conversations), writable: false));
        FuzzAssert.Equal(string.Empty, reread.Invalid, "the reader refused what the writer wrote");
        FuzzAssert.Equal(whole.Conversations, reread.Conversations, "writing and reading back changed a conversation");
    }

    private static ReadResult Read(Stream stream, int maxLineBytes = ConversationReaderOptions.DefaultMaxLineBytes)
    {
        var invalid = new StringBuilder();
        var reader = new ConversationReader(stream, "fuzz", new ConversationReaderOptions
        {
            MaxLineBytes = maxLineBytes,
            OnInvalidLine = line =>
            {
                FuzzAssert.True(line.LineNumber >= 1 && !string.IsNullOrWhiteSpace(line.Reason), $"a malformed report: {line}");
                invalid.AppendLine(line.ToString());
            },
        });

        var written = new MemoryStream();
        var count = 0;
        using (var writer = new ConversationWriter(written, leaveOpen: true))
        {
            foreach (var conversation in reader.ReadAllAsync().ToBlockingEnumerable())
            {
                writer.Write(conversation);
                count++;
            }
        }

        FuzzAssert.True(reader.InvalidLineCount <= reader.LineCount, "more invalid lines than lines");
        return new ReadResult(Encoding.UTF8.GetString(written.ToArray()), count, invalid.ToString());
    }

    private sealed record ReadResult(string Conversations, int Count, string Invalid)
    {
        public override string ToString() => Conversations + "\n--- invalid lines ---\n" + Invalid;
    }
}
