using System.Globalization;
using System.Text.Json;
using Detector.Conversations;
using Detector.Conversations.Json;
using Detector.Evidence.Json;
using Detector.Scoring;

namespace Detector.Evidence;

/// <summary>
/// A tamper-evident record of a conversation and its assessment, for a report to the police or a hotline: the
/// conversation in the contract's format, a SHA-256 hash of each message, a hash chain over them, the assessment as in a
/// score result line, and a digest over it all. Written as indented JSON; the format is described in
/// <c>src/Detector/Evidence/README.md</c> so anyone can verify a bundle with standard tools. Immutable.
/// </summary>
public sealed class EvidenceBundle
{
    /// <summary>The bundle format this library writes and reads (the <c>format</c> field).</summary>
    public const string FormatVersion = "detector-evidence/1";

    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    private readonly EvidenceBundleDocument _document;

    private EvidenceBundle(EvidenceBundleDocument document)
    {
        _document = document;
        Conversation = ConversationLineMapper.TryMap(document.Conversation, out var conversation, out var reason)
            ? conversation!
            : throw new InvalidDataException($"The bundle's conversation breaks the contract: {reason}.");
        Assessment = ScoreResultLineMapper.ToAssessment(document.Assessment);
        CreatedAt = DateTimeOffset.TryParse(document.CreatedAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var createdAt)
            ? createdAt.ToUniversalTime()
            : throw new InvalidDataException($"The bundle's 'createdAt' (\"{document.CreatedAt}\") is not an ISO-8601 timestamp.");
    }

    /// <summary>The conversation, as recorded (in the contract's format).</summary>
    public Conversation Conversation { get; }

    /// <summary>The assessment, as recorded in a score result line (risk and weights to 6 decimals; no actions).</summary>
    public Assessment Assessment { get; }

    /// <summary>When the bundle was made, in UTC.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The version of the models that produced the assessment, as the caller gave it.</summary>
    public string? ModelVersion => _document.ModelVersion;

    /// <summary>The hash of the model manifest, as the caller gave it.</summary>
    public string? ManifestHash => _document.ManifestHash;

    /// <summary>
    /// The bundle's digest (lower-case hex SHA-256 over its canonical content). Record it apart from the bundle, e.g. in
    /// the report, to show later that the bundle is the one that was made.
    /// </summary>
    public string Digest => _document.Digest;

    /// <summary>Makes a bundle for <paramref name="conversation"/> and its <paramref name="assessment"/>.</summary>
    /// <param name="conversation">The conversation, with every message to preserve.</param>
    /// <param name="assessment">The scorer's assessment of it.</param>
    /// <param name="modelVersion">The version of the models that produced <paramref name="assessment"/>, if known.</param>
    /// <param name="manifestHash">The hash of the model manifest, if known.</param>
    /// <param name="createdAt">The creation time; now when <see langword="null"/>. Stored in UTC.</param>
    /// <remarks>A text that is not valid UTF-16 (a lone surrogate) is recorded with U+FFFD in its place.</remarks>
    /// <exception cref="ArgumentException">The risk or a signal weight is not a finite number.</exception>
    public static EvidenceBundle Create(
        Conversation conversation,
        Assessment assessment,
        string? modelVersion = null,
        string? manifestHash = null,
        DateTimeOffset? createdAt = null)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ArgumentNullException.ThrowIfNull(assessment);
        var context = EvidenceJsonContext.Default;
        var conversationLine = ConversationLineMapper.ToLine(conversation);
        var assessmentLine = ScoreResultLineMapper.ToLine(conversation.Id, assessment);
        var hashes = EvidenceHashes.Compute(
            FormatVersion,
            JsonSerializer.SerializeToElement(conversationLine, context.ConversationLine),
            JsonSerializer.SerializeToElement(assessmentLine, context.ScoreResultLine));
        var document = new EvidenceBundleDocument
        {
            Format = FormatVersion,
            CreatedAt = (createdAt ?? DateTimeOffset.UtcNow).UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture),
            ModelVersion = modelVersion,
            ManifestHash = manifestHash,
            Conversation = conversationLine,
            Assessment = assessmentLine,
            Hashes = new EvidenceHashesDocument
            {
                Algorithm = EvidenceHashes.Algorithm,
                Header = hashes.Header,
                Messages = hashes.Messages,
                Chain = hashes.Chain,
                Assessment = hashes.Assessment,
            },
            Digest = "",
        };
        document.Digest = EvidenceHashes.Digest(JsonSerializer.SerializeToElement(document, context.EvidenceBundleDocument));
        return new EvidenceBundle(document);
    }

    /// <summary>Reads a bundle from <paramref name="stream"/> (to its end; the stream is left open) after verifying it.</summary>
    /// <exception cref="InvalidDataException">The bundle does not verify; the message names the first problem found.</exception>
    public static EvidenceBundle ReadFrom(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var json = EvidenceVerifier.ReadToEnd(stream);
        var verification = EvidenceVerifier.Verify(json);
        if (!verification.IsValid)
        {
            throw new InvalidDataException($"The evidence bundle does not verify: {verification.Description}.");
        }

        try
        {
            return new EvidenceBundle(JsonSerializer.Deserialize(json.Span, EvidenceJsonContext.Default.EvidenceBundleDocument)!);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The evidence bundle verifies but does not have the expected fields: {ex.Message}", ex);
        }
    }

    /// <summary>Writes the bundle to <paramref name="stream"/> as indented UTF-8 JSON with a final newline; leaves the stream open.</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        JsonSerializer.Serialize(stream, _document, EvidenceJsonContext.Indented.EvidenceBundleDocument);
        stream.WriteByte((byte)'\n');
    }
}
