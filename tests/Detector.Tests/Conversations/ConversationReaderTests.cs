using System.Text;
using Detector.Conversations;

namespace Detector.Tests.Conversations;

public class ConversationReaderTests
{
    private const string ContractExample = """
        {"id":"c-0042","label":"sextortion","suspect":"u1","messages":[{"from":"u1","at":"2026-03-01T20:14:00Z","text":"hey, saw we have friends in common"},{"from":"u2","at":"2026-03-01T20:15:10Z","text":"oh hi! who?"},{"from":"u1","at":"2026-03-01T20:40:00Z","kind":"video_call","text":""},{"from":"u1","at":"2026-03-01T20:52:00Z","text":"pay £200 or everyone sees the video","signals":["threat_to_share","payment_demand"]}]}
        """;

    [Fact]
    public async Task Reads_every_field_of_the_contract_example()
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(ContractExample + "\n");

        Assert.Empty(invalid);
        var conversation = Assert.Single(conversations);
        Assert.Equal("c-0042", conversation.Id);
        Assert.Equal(ConversationLabel.Sextortion, conversation.Label);
        Assert.Equal("u1", conversation.Suspect);
        Assert.Equal(4, conversation.Messages.Count);
        Assert.Equal("u2", conversation.Messages[1].From);
        Assert.Equal(new DateTimeOffset(2026, 3, 1, 20, 15, 10, TimeSpan.Zero), conversation.Messages[1].At);
        Assert.Equal(MessageKind.VideoCall, conversation.Messages[2].Kind);
        Assert.Equal(string.Empty, conversation.Messages[2].Text);
        Assert.Equal(MessageKind.Text, conversation.Messages[3].Kind);
        Assert.Equal("pay £200 or everyone sees the video", conversation.Messages[3].Text);
        Assert.Equal(["threat_to_share", "payment_demand"], conversation.Messages[3].Signals);
    }

    [Theory]
    [InlineData("text", MessageKind.Text)]
    [InlineData("image", MessageKind.Image)]
    [InlineData("video", MessageKind.Video)]
    [InlineData("video_call", MessageKind.VideoCall)]
    [InlineData("voice_call", MessageKind.VoiceCall)]
    [InlineData("link", MessageKind.Link)]
    [InlineData("friend_request", MessageKind.FriendRequest)]
    [InlineData("payment", MessageKind.Payment)]
    public async Task Reads_each_message_kind(string wireName, MessageKind expected)
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            $$"""{"id":"k","messages":[{"from":"a","kind":"{{wireName}}"}]}""");

        Assert.Empty(invalid);
        Assert.Equal(expected, Assert.Single(Assert.Single(conversations).Messages).Kind);
    }

    [Fact]
    public async Task Optional_fields_may_be_absent_and_messages_may_be_empty()
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            """
            {"id":"empty","messages":[]}
            {"id":"bare","messages":[{"from":"a"}]}
            """);

        Assert.Empty(invalid);
        Assert.Empty(conversations[0].Messages);
        Assert.Null(conversations[0].Label);
        Assert.Null(conversations[0].Suspect);
        var message = Assert.Single(conversations[1].Messages);
        Assert.Equal(string.Empty, message.Text);
        Assert.Null(message.At);
        Assert.Empty(message.Signals);
    }

    [Fact]
    public async Task Unknown_fields_are_ignored()
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            """{"id":"u","platform":"x","extra":{"deep":[1,2]},"messages":[{"from":"a","text":"hi","reactions":["👍"]}]}""");

        Assert.Empty(invalid);
        Assert.Equal("hi", Assert.Single(Assert.Single(conversations).Messages).Text);
    }

    [Fact]
    public async Task A_malformed_line_is_reported_with_its_number_and_the_other_lines_are_read()
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(
            """
            {"id":"1","messages":[]}
            {"id":"2","messages":[
            {"id":"3","messages":[]}
            """);

        Assert.Equal(["1", "3"], conversations.Select(c => c.Id));
        var line = Assert.Single(invalid);
        Assert.Equal(2, line.LineNumber);
        Assert.StartsWith("test.jsonl:2: invalid JSON", line.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"messages":[]}""", "missing required field 'id'")]
    [InlineData("""{"id":"","messages":[]}""", "missing required field 'id'")]
    [InlineData("""{"id":"x"}""", "missing required field 'messages'")]
    [InlineData("""{"id":"x","messages":[{"text":"hi"}]}""", "messages[0]: missing required field 'from'")]
    [InlineData("""{"id":"x","messages":[{"from":"a","kind":"telepathy"}]}""", "messages[0].kind: unknown kind \"telepathy\"")]
    [InlineData("""{"id":"x","messages":[{"from":"a","at":"yesterday"}]}""", "messages[0].at: \"yesterday\" is not an ISO-8601 timestamp")]
    [InlineData("""{"id":"x","label":"spam","messages":[]}""", "'label' must be \"sextortion\" or \"benign\"")]
    [InlineData("""{"id":"x","messages":[null]}""", "messages[0] is null")]
    [InlineData("""{"id":42,"messages":[]}""", "invalid JSON")]
    [InlineData("""[1,2,3]""", "invalid JSON")]
    [InlineData("""null""", "expected a JSON object")]
    [InlineData("""{"id":"x","messages":[]} trailing""", "invalid JSON")]
    public async Task Lines_that_break_the_contract_are_skipped_with_a_reason(string line, string reason)
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync(line + "\n" + """{"id":"ok","messages":[]}""");

        Assert.Equal("ok", Assert.Single(conversations).Id);
        var error = Assert.Single(invalid);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_file_has_no_conversations_and_no_errors()
    {
        var (conversations, invalid) = await ConversationFiles.ReadAsync([]);

        Assert.Empty(conversations);
        Assert.Empty(invalid);
    }

    [Fact]
    public async Task Blank_lines_crlf_a_bom_and_a_missing_final_newline_are_accepted()
    {
        var text = "\uFEFF{\"id\":\"1\",\"messages\":[]}\r\n\r\n   \n{\"id\":\"2\",\"messages\":[]}";

        var (conversations, invalid) = await ConversationFiles.ReadAsync(text);

        Assert.Empty(invalid);
        Assert.Equal(["1", "2"], conversations.Select(c => c.Id));
    }

    [Fact]
    public async Task Non_utf8_bytes_are_reported_and_the_next_line_is_read()
    {
        var bytes = new List<byte>();
        bytes.AddRange("{\"id\":\"bad\",\"messages\":[{\"from\":\"a\",\"text\":\"caf"u8.ToArray());
        bytes.AddRange(new byte[] { 0xE9, 0xFF });
        bytes.AddRange("\"}]}\n{\"id\":\"good\",\"messages\":[]}\n"u8.ToArray());

        var (conversations, invalid) = await ConversationFiles.ReadAsync([.. bytes]);

        Assert.Equal("good", Assert.Single(conversations).Id);
        var error = Assert.Single(invalid);
        Assert.Equal(1, error.LineNumber);
        Assert.Contains("not valid UTF-8", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_10_MB_message_is_read_intact()
    {
        var text = new string('a', 10 * 1024 * 1024);
        var line = $$"""{"id":"big","messages":[{"from":"a","text":"{{text}}"}]}""" + "\n" + """{"id":"after","messages":[]}""";

        var (conversations, invalid) = await ConversationFiles.ReadAsync(line);

        Assert.Empty(invalid);
        Assert.Equal(text.Length, conversations[0].Messages[0].Text.Length);
        Assert.Equal("after", conversations[1].Id);
    }

    [Fact]
    public async Task A_line_over_the_limit_is_skipped_without_losing_the_next()
    {
        var options = new ConversationReaderOptions { MaxLineBytes = 1024 };
        var longLine = $$"""{"id":"long","messages":[{"from":"a","text":"{{new string('x', 200_000)}}"}]}""";
        var text = """{"id":"1","messages":[]}""" + "\n" + longLine + "\n" + """{"id":"3","messages":[]}""" + "\n";

        var (conversations, invalid) = await ConversationFiles.ReadAsync(Encoding.UTF8.GetBytes(text), options);

        Assert.Equal(["1", "3"], conversations.Select(c => c.Id));
        var error = Assert.Single(invalid);
        Assert.Equal(2, error.LineNumber);
        Assert.Contains("longer than 1024 bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deeply_nested_json_is_reported_not_crashed_on()
    {
        var nested = new string('[', 10_000) + new string(']', 10_000);
        var text = $$"""{"id":"deep","extra":{{nested}},"messages":[]}""" + "\n" + """{"id":"ok","messages":[]}""";

        var (conversations, invalid) = await ConversationFiles.ReadAsync(text);

        Assert.Equal("ok", Assert.Single(conversations).Id);
        Assert.Contains("invalid JSON", Assert.Single(invalid).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_reads_its_stream_once()
    {
        var reader = new ConversationReader(new MemoryStream(), "x");
        await foreach (var _ in reader.ReadAllAsync())
        {
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in reader.ReadAllAsync())
            {
            }
        });
    }
}
