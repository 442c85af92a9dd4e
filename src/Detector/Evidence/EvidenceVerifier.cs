using System.Text.Json;

namespace Detector.Evidence;

/// <summary>
/// Checks that an evidence bundle is as it was made: every message matches its hash, the hash chain is unbroken, the
/// assessment matches its hash and the digest matches the whole content. Thread-safe.
/// </summary>
/// <remarks>
/// This detects changes made to a bundle after it was written. It cannot tell a forged bundle whose hashes were all
/// recomputed; for that, record the <see cref="EvidenceBundle.Digest"/> separately when the bundle is made (in the
/// report, a log or a signature) and compare it.
/// </remarks>
public static class EvidenceVerifier
{
    /// <summary>Verifies the bundle read from <paramref name="stream"/> (to its end; the stream is left open).</summary>
    /// <returns>Success, or the first problem found, naming the message or chain link at fault.</returns>
    public static EvidenceVerificationResult Verify(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Verify(ReadToEnd(stream));
    }

    /// <summary>Reads <paramref name="stream"/> to its end; bundles are small enough to hold in memory.</summary>
    internal static ReadOnlyMemory<byte> ReadToEnd(Stream stream)
    {
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    internal static EvidenceVerificationResult Verify(ReadOnlyMemory<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowDuplicateProperties = false });
            return Verify(document.RootElement);
        }
        catch (JsonException ex)
        {
            return Malformed($"not valid JSON: {ex.Message}");
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException)
        {
            return Malformed(ex.Message);
        }
    }

    private static EvidenceVerificationResult Verify(JsonElement bundle)
    {
        if (bundle.ValueKind != JsonValueKind.Object)
        {
            return Malformed("a bundle is a JSON object");
        }

        var format = RequireString(bundle, "format");
        var hashes = Require(bundle, "hashes", JsonValueKind.Object);
        var algorithm = RequireString(hashes, "algorithm");
        if (format != EvidenceBundle.FormatVersion || algorithm != EvidenceHashes.Algorithm)
        {
            return new(EvidenceProblem.UnsupportedFormat, null,
                $"format \"{format}\" with {algorithm} hashes is not supported (expected \"{EvidenceBundle.FormatVersion}\" with {EvidenceHashes.Algorithm})");
        }

        var recordedMessages = RequireHexList(hashes, "messages");
        var recordedChain = RequireHexList(hashes, "chain");
        var expected = EvidenceHashes.Compute(
            format, Require(bundle, "conversation", JsonValueKind.Object), Require(bundle, "assessment", JsonValueKind.Object));

        if (RequireString(hashes, "header") != expected.Header)
        {
            return new(EvidenceProblem.HeaderMismatch, null, "the header hash does not match: the conversation id or the format was changed");
        }

        if (recordedMessages.Count != expected.Messages.Count)
        {
            var first = FirstDifference(recordedMessages, expected.Messages);
            return new(EvidenceProblem.MessageCountMismatch, first,
                $"the conversation has {expected.Messages.Count} messages but the bundle recorded {recordedMessages.Count}: " +
                $"messages were deleted or added, the first difference is at message {first}");
        }

        for (var i = 0; i < expected.Messages.Count; i++)
        {
            if (recordedMessages[i] != expected.Messages[i])
            {
                return new(EvidenceProblem.MessageHashMismatch, i,
                    $"message {i} does not match its hash: its text, time, sender, kind or position was changed");
            }

            if (i >= recordedChain.Count || recordedChain[i] != expected.Chain[i])
            {
                return new(EvidenceProblem.ChainLinkMismatch, i,
                    $"chain link {i} does not match: messages were reordered, deleted or inserted before or at message {i}");
            }
        }

        if (recordedChain.Count != expected.Chain.Count)
        {
            return new(EvidenceProblem.ChainLinkMismatch, expected.Chain.Count,
                $"the hash chain has {recordedChain.Count} links for {expected.Chain.Count} messages");
        }

        if (RequireString(hashes, "assessment") != expected.Assessment)
        {
            return new(EvidenceProblem.AssessmentMismatch, null,
                "the assessment does not match its hash: its risk, level, stage, suspect or signals were changed");
        }

        var digest = RequireString(bundle, "digest");
        if (digest != EvidenceHashes.Digest(bundle))
        {
            return new(EvidenceProblem.DigestMismatch, null,
                "the digest does not match the bundle's content: another field (such as the creation time or model version) or the digest was changed");
        }

        return new(EvidenceProblem.None, null, $"intact: {expected.Messages.Count} messages, hash chain and digest {digest} verified");
    }

    private static int FirstDifference(List<string> recorded, IReadOnlyList<string> expected)
    {
        var i = 0;
        while (i < recorded.Count && i < expected.Count && recorded[i] == expected[i])
        {
            i++;
        }

        return i;
    }

    private static JsonElement Require(JsonElement parent, string name, JsonValueKind kind) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == kind
            ? value
            : throw new FormatException($"missing field '{name}' (a JSON {kind.ToString().ToLowerInvariant()})");

    private static string RequireString(JsonElement parent, string name) => Require(parent, name, JsonValueKind.String).GetString()!;

    private static List<string> RequireHexList(JsonElement parent, string name) =>
        [.. Require(parent, name, JsonValueKind.Array).EnumerateArray().Select(item =>
            item.ValueKind == JsonValueKind.String ? item.GetString()! : throw new FormatException($"'{name}' must hold only strings"))];

    private static EvidenceVerificationResult Malformed(string reason) => new(EvidenceProblem.Malformed, null, $"not an evidence bundle: {reason}");
}
