using System.Globalization;
using System.Xml;
using Detector.Conversations;

namespace Detector.Training.Research;

/// <summary>
/// Converts the PAN 2012 sexual-predator-identification corpus (Inches and Crestani, CLEF 2012) into conversations
/// (contract section 1), streaming: memory is bounded by the longest conversation, not the corpus.
/// </summary>
/// <remarks>
/// <para>
/// The corpus is one XML document, <c>&lt;conversations&gt;</c> of <c>&lt;conversation id="…"&gt;</c> elements holding
/// <c>&lt;message line="N"&gt;</c> elements with <c>&lt;author&gt;</c> (an anonymised id), <c>&lt;time&gt;</c> (time of day,
/// <c>HH:mm</c>, no date) and <c>&lt;text&gt;</c>; the predators are a separate list of author ids.
/// </para>
/// <para>
/// PAN 2012 is about the grooming of minors, not financial sextortion. A conversation is labelled
/// <see cref="ConversationLabel.Sextortion"/> when any of its authors is on the predator list — the label means
/// "contains a known predator" — so results on the converted corpus measure grooming detection, not sextortion detection.
/// </para>
/// </remarks>
internal sealed class Pan12Importer
{
    private static readonly string[] s_timeFormats = ["H:mm", "H:mm:ss"];

    private static readonly XmlReaderSettings s_xmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    private readonly IReadOnlySet<string> _predatorIds;
    private readonly DateOnly? _date;

    /// <summary>Creates an importer.</summary>
    /// <param name="predatorIds">The author ids of the known predators (see <see cref="ReadPredatorIds(TextReader)"/>).</param>
    /// <param name="date">
    /// The date to give the first message of every conversation. PAN times have no date, so without one messages get no
    /// timestamp; with one, each message gets that date plus one day for every time the clock went backwards (midnight), in UTC.
    /// </param>
    public Pan12Importer(IReadOnlySet<string> predatorIds, DateOnly? date = null)
    {
        ArgumentNullException.ThrowIfNull(predatorIds);
        _predatorIds = predatorIds;
        _date = date;
    }

    /// <summary>Reads a predator id list: one author id a line; surrounding white space and blank lines are ignored.</summary>
    public static HashSet<string> ReadPredatorIds(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim() is { Length: > 0 } id)
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Reads the predator id list at <paramref name="path"/>; see <see cref="ReadPredatorIds(TextReader)"/>.</summary>
    public static HashSet<string> ReadPredatorIds(string path)
    {
        using var reader = File.OpenText(path);
        return ReadPredatorIds(reader);
    }

    /// <summary>Converts every conversation of the corpus and writes it to <paramref name="output"/>, in document order.</summary>
    /// <param name="xml">The corpus XML; left open.</param>
    /// <param name="source">The name used in reports, usually the file path.</param>
    /// <param name="output">Where the conversations go.</param>
    /// <param name="onSkipped">Called for each conversation or message left out, as <c>FILE:LINE: reason</c>.</param>
    /// <param name="onProgress">Called after each conversation written, with the totals so far.</param>
    /// <param name="cancellationToken">Stops the import between conversations.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="InvalidDataException">The XML is malformed or not a PAN 2012 corpus; what was converted before stays written.</exception>
    public Pan12ImportSummary Import(
        Stream xml,
        string source,
        ConversationWriter output,
        Action<InvalidLine>? onSkipped = null,
        Action<Pan12ImportSummary>? onProgress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        var summary = default(Pan12ImportSummary);
        var skipped = 0L;
        foreach (var conversation in Read(xml, source, Skip))
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.Write(conversation);
            summary = new Pan12ImportSummary(
                summary.Conversations + 1,
                summary.Messages + conversation.Messages.Count,
                summary.WithPredator + (conversation.Label == ConversationLabel.Sextortion ? 1 : 0),
                skipped);
            onProgress?.Invoke(summary);
        }

        return summary with { Skipped = skipped };

        void Skip(InvalidLine invalid)
        {
            skipped++;
            onSkipped?.Invoke(invalid);
        }
    }

    /// <summary>Streams the conversations of the corpus, in document order.</summary>
    /// <param name="xml">The corpus XML; left open.</param>
    /// <param name="source">The name used in reports, usually the file path.</param>
    /// <param name="onSkipped">Called for each conversation or message left out, as <c>FILE:LINE: reason</c>.</param>
    /// <exception cref="InvalidDataException">
    /// (While enumerating.) The XML is malformed or not a PAN 2012 corpus. Reading stops there: XML is not line-oriented,
    /// so nothing after the fault can be trusted to be read as what it is.
    /// </exception>
    public IEnumerable<Conversation> Read(Stream xml, string source, Action<InvalidLine>? onSkipped = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        ArgumentNullException.ThrowIfNull(source);
        return ReadConversations(xml, source, onSkipped);
    }

    private IEnumerable<Conversation> ReadConversations(Stream xml, string source, Action<InvalidLine>? onSkipped)
    {
        using var reader = XmlReader.Create(xml, s_xmlSettings);
        var position = (IXmlLineInfo)reader;
        if (!Guard(() => EnterRoot(reader, source), source))
        {
            yield break;
        }

        while (Guard(() => ReadNextConversation(reader, position, source, onSkipped), source) is { } conversation)
        {
            yield return conversation;
        }
    }

    /// <summary>Moves into <c>&lt;conversations&gt;</c>; false when it has no content.</summary>
    private static bool EnterRoot(XmlReader reader, string source)
    {
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "conversations")
        {
            var found = reader.NodeType == XmlNodeType.Element ? $"<{reader.LocalName}>" : "no element";
            throw new InvalidDataException($"{source}:{((IXmlLineInfo)reader).LineNumber}: not a PAN 2012 corpus: expected <conversations>, found {found}.");
        }

        if (reader.IsEmptyElement)
        {
            ReadToEnd(reader);
            return false;
        }

        reader.Read();
        return true;
    }

    /// <summary>Reads the next convertible conversation, reporting and skipping those without an id; null at the end.</summary>
    private Conversation? ReadNextConversation(XmlReader reader, IXmlLineInfo position, string source, Action<InvalidLine>? onSkipped)
    {
        while (!AtEndOfElement(reader))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "conversation")
            {
                reader.Skip();
                continue;
            }

            var line = position.LineNumber;
            var id = reader.GetAttribute("id")?.Trim();
            var messages = ReadMessages(reader, position, source, onSkipped);
            if (string.IsNullOrEmpty(id))
            {
                onSkipped?.Invoke(new InvalidLine(source, line, "<conversation> without an 'id' attribute; skipped"));
                continue;
            }

            return ToConversation(id, messages);
        }

        ReadToEnd(reader);
        return null;
    }

    /// <summary>Reads the messages of the <c>&lt;conversation&gt;</c> the reader is on, and moves past it.</summary>
    private static List<Pan12Message> ReadMessages(XmlReader reader, IXmlLineInfo position, string source, Action<InvalidLine>? onSkipped)
    {
        var messages = new List<Pan12Message>();
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return messages;
        }

        reader.Read();
        while (!AtEndOfElement(reader))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "message")
            {
                reader.Skip();
                continue;
            }

            var line = position.LineNumber;
            var order = int.TryParse(reader.GetAttribute("line"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : messages.Count > 0 ? messages[^1].Order : 0;
            var (author, time, text) = ReadMessageFields(reader);
            if (string.IsNullOrEmpty(author))
            {
                onSkipped?.Invoke(new InvalidLine(source, line, "<message> without an <author>; skipped"));
                continue;
            }

            messages.Add(new Pan12Message(order, author, time, text));
        }

        reader.Read();
        return messages;
    }

    /// <summary>Reads the fields of the <c>&lt;message&gt;</c> the reader is on, decoded and trimmed, and moves past it.</summary>
    private static (string? Author, string? Time, string Text) ReadMessageFields(XmlReader reader)
    {
        string? author = null, time = null, text = null;
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return (author, time, string.Empty);
        }

        reader.Read();
        while (!AtEndOfElement(reader))
        {
            switch (reader.NodeType == XmlNodeType.Element ? reader.LocalName : null)
            {
                case "author":
                    author = reader.ReadElementContentAsString().Trim();
                    break;
                case "time":
                    time = reader.ReadElementContentAsString().Trim();
                    break;
                case "text":
                    text = reader.ReadElementContentAsString().Trim();
                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        reader.Read();
        return (author, time, text ?? string.Empty);
    }

    private Conversation ToConversation(string id, List<Pan12Message> messages)
    {
        // Messages are in 'line' order in the corpus; sort (stably) in case a file is not.
        for (var i = 1; i < messages.Count; i++)
        {
            if (messages[i].Order < messages[i - 1].Order)
            {
                messages = [.. messages.OrderBy(m => m.Order)];
                break;
            }
        }

        var converted = new Message[messages.Count];
        string? predator = null;
        var severalPredators = false;
        var days = 0;
        TimeOnly? previous = null;
        for (var i = 0; i < messages.Count; i++)
        {
            var message = messages[i];
            if (_predatorIds.Contains(message.Author))
            {
                severalPredators |= predator is not null && predator != message.Author;
                predator ??= message.Author;
            }

            DateTimeOffset? at = null;
            if (_date is { } date && TimeOnly.TryParseExact(message.Time, s_timeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                if (time < previous)
                {
                    days++;
                }

                previous = time;
                at = new DateTimeOffset(date.AddDays(days).ToDateTime(time), TimeSpan.Zero);
            }

            converted[i] = new Message(message.Author, message.Text, At: at);
        }

        return new Conversation(id, converted)
        {
            Label = predator is null ? ConversationLabel.Benign : ConversationLabel.Sextortion,
            Suspect = severalPredators ? null : predator,
        };
    }

    /// <summary>Skips white space and comments; true at the end tag of the element being read (or the end of input).</summary>
    private static bool AtEndOfElement(XmlReader reader) => reader.MoveToContent() is XmlNodeType.EndElement or XmlNodeType.None;

    private static void ReadToEnd(XmlReader reader)
    {
        // Reading on to the end makes the reader check that nothing malformed follows the root element.
        while (reader.Read())
        {
        }
    }

    private static T Guard<T>(Func<T> read, string source)
    {
        try
        {
            return read();
        }
        catch (XmlException ex)
        {
            throw new InvalidDataException(
                $"{source}:{ex.LineNumber}: malformed XML: {ex.Message} The conversion stopped here: XML is not line-oriented, so the rest of a broken document cannot be read safely.",
                ex);
        }
    }

    private readonly record struct Pan12Message(int Order, string Author, string? Time, string Text);
}
