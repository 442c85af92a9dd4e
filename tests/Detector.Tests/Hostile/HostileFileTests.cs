using System.Text;
using Detector.Conversations;
using Detector.Tests.Conversations;

namespace Detector.Tests.Hostile;

/// <summary>
/// Conversation files as an attacker or a broken exporter writes them: each bad line is reported with its number and
/// skipped, every other line is read, and memory stays bounded by the longest line.
/// </summary>
public class HostileFileTests
{
    private const string Good = """{"id":"ok","messages":[{"from":"a","text":"hi"}]}""";

    [Fact]
    public async Task A_malformed_line_in_the_middle_of_200000_lines_is_reported_and_every_other_line_is_read()
    {
        const int lines = 200_000;
        const int broken = 123_457;
        var builder = new StringBuilder(lines * 64);
        for (var line = 1; line <= lines; line++)
        {
            builder.Append(line == broken
                ? """{"id":"broken","messages":[{"from":"a","text":"unterminated}]}"""
                : $$"""{"id":"c{{line}}","messages":[{"from":"u{{line % 7}}","text":"message {{line}}"}]}""").Append('\n');
        }

        var (conversations, invalid) = await ConversationFiles.ReadAsync(Encoding.UTF8.GetBytes(builder.ToString()));

        var error = Assert.Single(invalid);
        Assert.Equal(broken, error.LineNumber);
        Assert.StartsWith($"test.jsonl:{broken}: invalid JSON", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(lines - 1, conversations.Count);
        var expected = Enumerable.Range(1, lines).Where(line => line != broken).Select(line => $"c{line}");
        Assert.Equal(expected, conversations.Select(c => c.Id));
    }

    /// <summary>A 50 MB line whose bulk is an unknown field is read without holding more than a few copies of the line.</summary>
    [Theory]
    [InlineData("string")]
    [InlineData("array")]
    public async Task A_50_MB_line_with_a_huge_unknown_value_is_read_in_bounded_memory(string shape)
    {
        const int size = 50 * 1024 * 1024;
        var huge = shape == "string" ? "\"" + new string('x', size) + "\"" : "[" + string.Concat(Enumerable.Repeat("1,", size / 2)) + "1]";
        var bytes = Encoding.UTF8.GetBytes($$"""{"id":"huge","extra":{{huge}},"messages":[{"from":"a","text":"hi"}]}""" + "\n" + Good + "\n");
        huge = null;
        GC.Collect();

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var (conversations, invalid) = await ConversationFiles.ReadAsync(bytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        Assert.Empty(invalid);
        Assert.Equal(["huge", "ok"], conversations.Select(c => c.Id));
        Assert.Equal("hi", conversations[0].Messages[0].Text);
        Assert.True(allocated < 3L * bytes.Length, $"reading a {bytes.Length:N0}-byte file allocated {allocated:N0} bytes");
    }

    [Theory]
    [InlineData("array", "[", "]")]
    [InlineData("object", "{\"a\":", "}")]
    public async Task Nesting_10000_deep_in_an_extra_field_is_reported_and_the_next_line_is_read(string name, string open, string close)
    {
        var nested = string.Concat(Enumerable.Repeat(open, 10_000)) + "1" + string.Concat(Enumerable.Repeat(close, 10_000));
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            $$"""{"id":"deep-{{name}}","extra":{{nested}},"messages":[]}""" + "\n" + Good);

        Assert.Equal("ok", Assert.Single(conversations).Id);
        var error = Assert.Single(invalid);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("invalid JSON", error.Reason, StringComparison.Ordinal);
        Assert.Contains("depth", error.Reason, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Byte sequences that are not UTF-8: a stray continuation byte, an overlong encoding, an encoded surrogate, a truncated sequence.</summary>
    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xC0, 0xAF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x92 })]
    [InlineData(new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 })]
    public async Task Invalid_utf8_is_reported_with_its_byte_and_the_next_line_is_read(byte[] bad)
    {
        var prefix = """{"id":"bad","messages":[{"from":"a","text":"pay"""u8.ToArray();
        byte[] bytes = [.. prefix, .. bad, .. "\"}]}\n"u8, .. Encoding.UTF8.GetBytes(Good)];

        var (conversations, invalid) = await ConversationFiles.ReadAsync(bytes);

        Assert.Equal("ok", Assert.Single(conversations).Id);
        var error = Assert.Single(invalid);
        Assert.Equal(1, error.LineNumber);
        Assert.Equal($"not valid UTF-8 (at byte {prefix.Length + 1})", error.Reason);
    }

    /// <summary>Escaped lone surrogates are valid JSON that no UTF-16 string check catches: they are read as written.</summary>
    [Theory]
    [InlineData("\\ud800", "\ud800")]
    [InlineData("\\udc00pay", "\udc00pay")]
    [InlineData("pay\\ud83d", "pay\ud83d")]
    [InlineData("\\udc00\\ud800", "\udc00\ud800")]
    public async Task Escaped_lone_surrogates_are_read_or_reported_never_thrown(string escaped, string expected)
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            $$"""{"id":"s","messages":[{"from":"a","text":"{{escaped}}"}]}""" + "\n" + Good);

        Assert.Equal("ok", conversations[^1].Id);
        if (invalid.Count == 0)
        {
            Assert.Equal(expected, conversations[0].Messages[0].Text);
        }
        else
        {
            Assert.Equal(1, Assert.Single(invalid).LineNumber);
        }
    }

    [Fact]
    public async Task Raw_nul_and_control_bytes_are_invalid_json_but_escaped_ones_are_text()
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            "{\"id\":\"raw-nul\",\"messages\":[{\"from\":\"a\",\"text\":\"a\0b\"}]}\n"
            + "{\"id\":\"raw-bell\",\"messages\":[{\"from\":\"a\",\"text\":\"a\u0007b\"}]}\n"
            + """{"id":"escaped","messages":[{"from":"a\u0000","text":"p\u0000a\u001by\u0007 \u202e\u0085"}]}""" + "\n"
            + Good);

        Assert.Equal([1L, 2L], invalid.Select(line => line.LineNumber));
        Assert.All(invalid, line => Assert.Contains("invalid JSON", line.Reason, StringComparison.Ordinal));
        Assert.Equal(["escaped", "ok"], conversations.Select(c => c.Id));
        Assert.Equal("a\0", conversations[0].Messages[0].From);
        Assert.Equal("p\0a\u001by\u0007 \u202e\u0085", conversations[0].Messages[0].Text);
    }

    [Fact]
    public async Task Duplicate_conversation_and_message_ids_are_all_read_in_order()
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            """
            {"id":"same","messages":[{"id":"m1","from":"a","text":"one"},{"id":"m1","from":"b","text":"two"}]}
            {"id":"same","messages":[{"id":"m1","from":"a","text":"three"}]}
            """);

        Assert.Empty(invalid);
        Assert.Equal(["same", "same"], conversations.Select(c => c.Id));
        Assert.Equal(["one", "two"], conversations[0].Messages.Select(m => m.Text));
        Assert.Equal("three", conversations[1].Messages[0].Text);
    }

    [Theory]
    [InlineData("0001-01-01T00:00:00Z", 1)]
    [InlineData("9999-12-31T23:59:59.9999999Z", 9999)]
    [InlineData("9999-12-31T23:59:59-14:00", 10000)]
    [InlineData("0001-01-01T00:00:00+14:00", 0)]
    public async Task Timestamps_at_the_ends_of_the_calendar_are_read_or_reported(string at, int year)
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            $$"""{"id":"t","messages":[{"from":"a","at":"{{at}}"}]}""" + "\n" + Good);

        Assert.Equal("ok", conversations[^1].Id);
        if (year is >= 1 and <= 9999)
        {
            Assert.Empty(invalid);
            Assert.Equal(year, conversations[0].Messages[0].At!.Value.UtcDateTime.Year);
        }
        else
        {
            // Outside DateTimeOffset's range in UTC: a clear reason, not an exception.
            Assert.Contains("messages[0].at", Assert.Single(invalid).Reason, StringComparison.Ordinal);
        }
    }
}
