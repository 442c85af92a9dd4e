using System.Text;
using Detector.Conversations;
using Detector.Training.Research;

namespace Detector.Tests.Research;

public class Pan12ImporterTests
{
    private static readonly DateOnly s_date = new(2012, 5, 1);

    [Fact]
    public void Predator_list_ignores_blank_lines_carriage_returns_and_spaces()
    {
        var ids = Pan12Importer.ReadPredatorIds(new StringReader("a1\r\n  b2 \r\n\r\n\n"));

        Assert.Equal(["a1", "b2"], ids.Order());
    }

    [Fact]
    public void Sample_converts_every_conversation_with_an_id_in_document_order()
    {
        var (conversations, skipped) = ReadSample();

        Assert.Equal([Pan12Sample.GroomingId, Pan12Sample.BenignId, Pan12Sample.EmptyId, Pan12Sample.TwoPredatorsId], conversations.Select(c => c.Id));
        Assert.Single(skipped);
    }

    [Fact]
    public void A_conversation_with_a_predator_is_labelled_sextortion_with_the_predator_as_suspect()
    {
        var grooming = ReadSample().Conversations.Single(c => c.Id == Pan12Sample.GroomingId);

        Assert.Equal(ConversationLabel.Sextortion, grooming.Label);
        Assert.Equal(Pan12Sample.Predator, grooming.Suspect);
    }

    [Fact]
    public void A_conversation_without_a_predator_is_benign_with_no_suspect()
    {
        var benign = ReadSample().Conversations.Single(c => c.Id == Pan12Sample.BenignId);

        Assert.Equal(ConversationLabel.Benign, benign.Label);
        Assert.Null(benign.Suspect);
    }

    [Fact]
    public void Two_predators_label_the_conversation_but_name_no_single_suspect()
    {
        var both = ReadSample().Conversations.Single(c => c.Id == Pan12Sample.TwoPredatorsId);

        Assert.Equal(ConversationLabel.Sextortion, both.Label);
        Assert.Null(both.Suspect);
    }

    [Fact]
    public void A_conversation_with_no_messages_is_kept_with_none()
    {
        var empty = ReadSample().Conversations.Single(c => c.Id == Pan12Sample.EmptyId);

        Assert.Empty(empty.Messages);
        Assert.Equal(ConversationLabel.Benign, empty.Label);
    }

    [Fact]
    public void Texts_are_decoded_and_trimmed_and_an_empty_text_is_empty()
    {
        var conversations = ReadSample().Conversations;

        Assert.Equal(
            ["hey there, how old r u?", "14 & bored", "dont tell ur mom we talk <3", ""],
            conversations.Single(c => c.Id == Pan12Sample.GroomingId).Messages.Select(m => m.Text));
        Assert.Equal("école demain", conversations.Single(c => c.Id == Pan12Sample.TwoPredatorsId).Messages[2].Text);
    }

    [Fact]
    public void Messages_follow_their_line_numbers_and_keep_their_authors()
    {
        var benign = ReadSample().Conversations.Single(c => c.Id == Pan12Sample.BenignId);

        Assert.Equal(["anyone watching the game?", "hello?", "\"it's\" 2>1 for us"], benign.Messages.Select(m => m.Text));
        Assert.Equal(
            ["u2cccccccccccccccccccccccccccccc", "u2cccccccccccccccccccccccccccccc", "u3dddddddddddddddddddddddddddddd"],
            benign.Messages.Select(m => m.From));
    }

    [Fact]
    public void Without_a_date_messages_have_no_timestamp()
    {
        var messages = ReadSample().Conversations.SelectMany(c => c.Messages).ToList();

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.Null(m.At));
    }

    [Fact]
    public void With_a_date_times_roll_over_to_the_next_day_at_midnight()
    {
        var grooming = ReadSample(s_date).Conversations.Single(c => c.Id == Pan12Sample.GroomingId);

        Assert.Equal(
            [At("2012-05-01T23:58:00Z"), At("2012-05-01T23:59:00Z"), At("2012-05-02T00:01:00Z"), At("2012-05-02T00:03:00Z")],
            grooming.Messages.Select(m => m.At));
    }

    [Fact]
    public void With_a_date_every_conversation_starts_on_that_date_in_line_order()
    {
        var benign = ReadSample(s_date).Conversations.Single(c => c.Id == Pan12Sample.BenignId);

        Assert.Equal(
            [At("2012-05-01T14:05:00Z"), At("2012-05-01T14:06:00Z"), At("2012-05-01T14:07:00Z")],
            benign.Messages.Select(m => m.At));
    }

    [Fact]
    public void A_conversation_without_an_id_is_reported_with_its_line_and_skipped()
    {
        var (conversations, skipped) = ReadSample();

        var report = Assert.Single(skipped);
        Assert.Equal(Pan12Sample.LineOfConversationWithoutId, report.LineNumber);
        Assert.Equal(Pan12Sample.XmlPath, report.Source);
        Assert.Contains("'id'", report.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(conversations.SelectMany(c => c.Messages), m => m.Text == "this conversation has no id");
    }

    [Fact]
    public void A_message_without_an_author_is_reported_and_the_rest_of_the_conversation_kept()
    {
        const string xml = """
            <conversations>
              <conversation id="a">
                <message line="1"><time>01:00</time><text>nobody wrote this</text></message>
                <message line="2"><author>u1</author><time>01:01</time><text>hi</text></message>
              </conversation>
            </conversations>
            """;

        var (conversations, skipped) = Read(xml);

        Assert.Equal(["hi"], Assert.Single(conversations).Messages.Select(m => m.Text));
        Assert.Equal(3, Assert.Single(skipped).LineNumber);
    }

    [Fact]
    public void Malformed_xml_stops_with_its_line_number_after_the_conversations_before_it()
    {
        var xml = "<conversations>\n"
            + "<conversation id=\"a\"><message line=\"1\"><author>u1</author><time>01:00</time><text>ok</text></message></conversation>\n"
            + "<conversation id=\"b\"><message line=\"1\"><author>u1</author><text>broken</message></conversation>\n"
            + "</conversations>\n";
        var read = new List<string>();

        var error = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var conversation in Importer().Read(Utf8(xml), "broken.xml"))
            {
                read.Add(conversation.Id);
            }
        });

        Assert.Equal(["a"], read);
        Assert.StartsWith("broken.xml:3: malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_type_definition_is_refused()
    {
        const string xml = """<?xml version="1.0"?><!DOCTYPE conversations [<!ENTITY x "expanded">]><conversations/>""";

        var error = Assert.Throws<InvalidDataException>(() => Read(xml));

        Assert.Contains("malformed XML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_document_that_is_not_a_pan_corpus_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => Read("<chats><chat/></chats>"));

        Assert.Contains("expected <conversations>, found <chats>", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Conversations_are_streamed_not_loaded_whole()
    {
        // An endless corpus: reading the first conversations must not need the end of the document.
        using var endless = new EndlessCorpusStream();

        var first = Importer().Read(endless, "endless.xml").Take(3).Select(c => c.Id).ToList();

        Assert.Equal(["c0", "c1", "c2"], first);
    }

    [Fact]
    public void Import_writes_the_conversations_and_counts_them()
    {
        var output = new MemoryStream();
        var progress = new List<long>();
        Pan12ImportSummary summary;
        using (var stream = File.OpenRead(Pan12Sample.XmlPath))
        using (var writer = new ConversationWriter(output, leaveOpen: true))
        {
            summary = Importer().Import(stream, "sample.xml", writer, onProgress: p => progress.Add(p.Conversations));
        }

        Assert.Equal(new Pan12ImportSummary(Conversations: 4, Messages: 10, WithPredator: 2, Skipped: 1), summary);
        Assert.Equal(2, summary.WithoutPredator);
        Assert.Equal([1, 2, 3, 4], progress);
        Assert.Equal(4, Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    private static Pan12Importer Importer(DateOnly? date = null) =>
        new(Pan12Importer.ReadPredatorIds(Pan12Sample.PredatorsPath), date);

    private static (List<Conversation> Conversations, List<InvalidLine> Skipped) ReadSample(DateOnly? date = null)
    {
        using var stream = File.OpenRead(Pan12Sample.XmlPath);
        return Read(stream, Pan12Sample.XmlPath, date);
    }

    private static (List<Conversation> Conversations, List<InvalidLine> Skipped) Read(string xml) => Read(Utf8(xml), "test.xml", null);

    private static (List<Conversation> Conversations, List<InvalidLine> Skipped) Read(Stream xml, string source, DateOnly? date)
    {
        var skipped = new List<InvalidLine>();
        var conversations = Importer(date).Read(xml, source, skipped.Add).ToList();
        return (conversations, skipped);
    }

    private static MemoryStream Utf8(string text) => new(Encoding.UTF8.GetBytes(text));

    private static DateTimeOffset? At(string timestamp) => DateTimeOffset.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A read-only stream of a PAN-format document that never ends: conversation after conversation.</summary>
    private sealed class EndlessCorpusStream : Stream
    {
        private byte[] _pending = Encoding.UTF8.GetBytes("<conversations>");
        private int _offset;
        private int _next;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                _pending = Encoding.UTF8.GetBytes(
                    $"<conversation id=\"c{_next++}\"><message line=\"1\"><author>u</author><time>00:00</time><text>t</text></message></conversation>\n");
                _offset = 0;
            }

            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
