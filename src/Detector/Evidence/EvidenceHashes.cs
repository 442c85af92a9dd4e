using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Detector.Evidence;

/// <summary>
/// The hashes of an evidence bundle, computed from its JSON content (the same way when a bundle is made and when it is
/// verified): each message's SHA-256 over its canonical JSON, the hash chain over them, the assessment's hash. All
/// values are lower-case hex.
/// </summary>
internal sealed record EvidenceHashes(string Header, IReadOnlyList<string> Messages, IReadOnlyList<string> Chain, string Assessment)
{
    public const string Algorithm = "sha-256";

    /// <summary>Computes the hashes of a bundle's <c>conversation</c> and <c>assessment</c> values.</summary>
    /// <exception cref="FormatException">The conversation has no string <c>id</c> or no <c>messages</c> array, or holds an invalid value.</exception>
    public static EvidenceHashes Compute(string format, JsonElement conversation, JsonElement assessment)
    {
        if (conversation.ValueKind != JsonValueKind.Object ||
            !conversation.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String ||
            !conversation.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException("'conversation' must be an object with a string 'id' and a 'messages' array.");
        }

        var header = SHA256.HashData(HeaderBytes(format, id.GetString()!));
        var messageHashes = new List<string>(messages.GetArrayLength());
        var chain = new List<string>(messageHashes.Capacity);
        var link = header;
        foreach (var message in messages.EnumerateArray())
        {
            var messageHash = SHA256.HashData(JsonCanonicalizer.Canonicalize(message));
            link = SHA256.HashData([.. link, .. messageHash]);
            messageHashes.Add(Convert.ToHexStringLower(messageHash));
            chain.Add(Convert.ToHexStringLower(link));
        }

        return new EvidenceHashes(
            Convert.ToHexStringLower(header),
            messageHashes,
            chain,
            Convert.ToHexStringLower(SHA256.HashData(JsonCanonicalizer.Canonicalize(assessment))));
    }

    /// <summary>The digest of a whole bundle: SHA-256 of its canonical JSON without the <c>digest</c> member.</summary>
    public static string Digest(JsonElement bundle) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonCanonicalizer.Canonicalize(bundle, omit: "digest")));

    /// <summary>The chain's starting point: the canonical JSON <c>{"conversation":ID,"format":FORMAT}</c>.</summary>
    private static byte[] HeaderBytes(string format, string conversationId)
    {
        var text = new StringBuilder("{\"conversation\":");
        JsonCanonicalizer.WriteString(text, conversationId);
        text.Append(",\"format\":");
        JsonCanonicalizer.WriteString(text, format);
        text.Append('}');
        return JsonCanonicalizer.ToUtf8(text);
    }
}
