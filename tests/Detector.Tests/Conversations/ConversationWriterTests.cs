using System.Text;
using Detector.Conversations;

namespace Detector.Tests.Conversations;

public class ConversationWriterTests
{
    private static readonly Conversation s_sample = new(
        "c-1",
        [
            new Message("u1", "hey, saw we have friends in common", MessageKind.Text, new DateTimeOffset(2026, 3, 1, 20, 14, 0, TimeSpan.Zero)),
            new Message("u2", "oh hi! who? 😊 \"quoted\" \\ back"),
            new Message("u1", string.Empty, MessageKind.VideoCall, new DateTimeOffset(2026, 3, 1, 20, 40, 0, 500, TimeSpan.FromHours(1))),
            new Message("u1", "pay £200 or everyone sees the video") { Signals = ["threat_to_share", "payment_demand"] },
            new Message("u2", string.Empty, MessageKind.Payment),
        ])
    {
        Label = ConversationLabel.Sextortion,
        Suspect = "u1",
    };

    [Fact]
    public async Task Round_trip_keeps_every_field()
    {
        var (read, invalid) = await ConversationFiles.ReadAsync(ConversationFiles.Write([s_sample, s_sample with { Id = "c-2", Label = ConversationLabel.Benign, Suspect = null }]));

        Assert.Empty(invalid);
        Assert.Equal(2, read.Count);
        var first = read[0];
        Assert.Equal(s_sample.Id, first.Id);
        Assert.Equal(s_sample.Label, first.Label);
        Assert.Equal(s_sample.Suspect, first.Suspect);
        Assert.Equal(s_sample.Messages.Count, first.Messages.Count);
        for (var i = 0; i < s_sample.Messages.Count; i++)
        {
            Assert.Equal(s_sample.Messages[i].From, first.Messages[i].From);
            Assert.Equal(s_sample.Messages[i].Text, first.Messages[i].Text);
            Assert.Equal(s_sample.Messages[i].Kind, first.Messages[i].Kind);
            Assert.Equal(s_sample.Messages[i].At, first.Messages[i].At);
            Assert.Equal(s_sample.Messages[i].Signals, first.Messages[i].Signals);
        }

        Assert.Equal(ConversationLabel.Benign, read[1].Label);
        Assert.Null(read[1].Suspect);
    }

    [Fact]
    public void Writes_compact_lines_with_readable_text_and_no_empty_optional_fields()
    {
        var text = Encoding.UTF8.GetString(ConversationFiles.Write([s_sample]));

        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Single(text.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("""{"id":"c-1","label":"sextortion","suspect":"u1","messages":[{"from":"u1","at":"2026-03-01T20:14:00+00:00","text":"hey""", text, StringComparison.Ordinal);
        Assert.Contains("£200", text, StringComparison.Ordinal);
        Assert.Contains("\\uD83D\\uDE0A", text, StringComparison.Ordinal); // astral characters are escaped, as System.Text.Json always does
        Assert.Contains("""{"from":"u1","at":"2026-03-01T20:40:00.5+01:00","kind":"video_call","text":""}""", text, StringComparison.Ordinal);
        Assert.Contains("""{"from":"u2","kind":"payment","text":""}""", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"signals\":[]", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_deterministic()
    {
        Assert.Equal(ConversationFiles.Write([s_sample]), ConversationFiles.Write([s_sample]));
    }
}
