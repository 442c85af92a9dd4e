using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Detector.Conversations;
using Detector.Evidence;
using Detector.Scoring;
using static Detector.Tests.Evidence.EvidenceSamples;

namespace Detector.Tests.Evidence;

public class EvidenceBundleTests
{
    private static readonly byte[] s_bundle = Write(Create());

    private static EvidenceVerificationResult Verify(byte[] bytes) => EvidenceVerifier.Verify(new MemoryStream(bytes));

    [Fact]
    public void A_written_bundle_verifies_and_reads_back()
    {
        var result = Verify(s_bundle);
        Assert.True(result.IsValid, result.Description);

        var read = EvidenceBundle.ReadFrom(new MemoryStream(s_bundle));
        Assert.Equal(Create().Digest, read.Digest);
        Assert.Equal(CreatedAt, read.CreatedAt);
        Assert.Equal("m-1", read.ModelVersion);
        Assert.Equal("abc123", read.ManifestHash);
        Assert.Equal(SampleConversation.Id, read.Conversation.Id);
        Assert.Equal(SampleConversation.Suspect, read.Conversation.Suspect);
        Assert.Equal(
            SampleConversation.Messages.Select(m => (m.From, m.Text, m.Kind, m.At, string.Join(",", m.Signals))),
            read.Conversation.Messages.Select(m => (m.From, m.Text, m.Kind, m.At, string.Join(",", m.Signals))));
        Assert.Equal(SampleAssessment with { Signals = [] }, read.Assessment with { Signals = [] });
        Assert.Equal(SampleAssessment.Signals, read.Assessment.Signals);
    }

    [Fact]
    public void The_bundle_file_is_indented_json_with_the_documented_fields()
    {
        var text = Encoding.UTF8.GetString(s_bundle);
        using var document = JsonDocument.Parse(s_bundle);
        var root = document.RootElement;

        Assert.Contains("\n  \"format\": \"detector-evidence/1\",", text, StringComparison.Ordinal);
        Assert.Contains("pay £200", text, StringComparison.Ordinal);
        Assert.Equal(
            ["format", "createdAt", "modelVersion", "manifestHash", "conversation", "assessment", "hashes", "digest"],
            root.EnumerateObject().Select(member => member.Name));
        Assert.Equal("2026-03-01T21:00:00Z", root.GetProperty("createdAt").GetString());
        Assert.Equal("critical", root.GetProperty("assessment").GetProperty("level").GetString());
        Assert.Equal(0.97, root.GetProperty("assessment").GetProperty("risk").GetDouble());
        Assert.Equal(4, root.GetProperty("hashes").GetProperty("messages").GetArrayLength());
        Assert.Equal(4, root.GetProperty("hashes").GetProperty("chain").GetArrayLength());
        Assert.Matches("^[0-9a-f]{64}$", root.GetProperty("digest").GetString());
    }

    [Fact]
    public void The_hashes_follow_the_documented_recipe()
    {
        // Recomputed here by hand, as a hotline would, from the README: canonical JSON, SHA-256, chain over raw digests.
        var header = SHA256.HashData("""{"conversation":"c-0042","format":"detector-evidence/1"}"""u8);
        var message0 = SHA256.HashData(Encoding.UTF8.GetBytes(
            """{"at":"2026-03-01T20:14:00+00:00","from":"u1","text":"hey, saw we have friends in common"}"""));
        var link0 = SHA256.HashData([.. header, .. message0]);

        using var document = JsonDocument.Parse(s_bundle);
        var hashes = document.RootElement.GetProperty("hashes");
        Assert.Equal(Convert.ToHexStringLower(header), hashes.GetProperty("header").GetString());
        Assert.Equal(Convert.ToHexStringLower(message0), hashes.GetProperty("messages")[0].GetString());
        Assert.Equal(Convert.ToHexStringLower(link0), hashes.GetProperty("chain")[0].GetString());
    }

    [Fact]
    public void Reformatting_the_file_does_not_break_it()
    {
        var compact = Tamper(s_bundle, _ => { });

        Assert.NotEqual(s_bundle, compact);
        Assert.True(Verify(compact).IsValid);
    }

    [Fact]
    public void The_creation_time_is_stored_in_utc()
    {
        var bundle = EvidenceBundle.Create(SampleConversation, SampleAssessment, createdAt: new DateTimeOffset(2026, 3, 1, 23, 30, 0, TimeSpan.FromHours(2)));

        using var document = JsonDocument.Parse(Write(bundle));
        Assert.Equal("2026-03-01T21:30:00Z", document.RootElement.GetProperty("createdAt").GetString());
        Assert.Equal(TimeSpan.Zero, bundle.CreatedAt.Offset);
    }

    [Fact]
    public void An_empty_conversation_verifies()
    {
        var bundle = EvidenceBundle.Create(new Conversation("c-empty", []), SampleAssessment with { Signals = [] });

        Assert.True(Verify(Write(bundle)).IsValid);
        Assert.Empty(EvidenceBundle.ReadFrom(new MemoryStream(Write(bundle))).Conversation.Messages);
    }

    public static TheoryData<string, Action<JsonObject>, EvidenceProblem, int?, string> Tamperings => new()
    {
        { "message text edited", root => Messages(root)[2]!["text"] = "hello", EvidenceProblem.MessageHashMismatch, 2, "message 2 does not match its hash" },
        { "timestamp edited", root => Messages(root)[1]!["at"] = "2026-03-01T20:16:10+00:00", EvidenceProblem.MessageHashMismatch, 1, "message 1" },
        { "sender edited", root => Messages(root)[3]!["from"] = "u2", EvidenceProblem.MessageHashMismatch, 3, "message 3" },
        { "field added to a message", root => Messages(root)[0]!["kind"] = "text", EvidenceProblem.MessageHashMismatch, 0, "message 0" },
        { "messages reordered", root => Swap(Messages(root), 1, 2), EvidenceProblem.MessageHashMismatch, 1, "message 1" },
        {
            "messages reordered with their hashes",
            root => { Swap(Messages(root), 1, 2); Swap(Hashes(root, "messages"), 1, 2); },
            EvidenceProblem.ChainLinkMismatch, 1, "chain link 1 does not match"
        },
        { "message deleted", root => Messages(root).RemoveAt(2), EvidenceProblem.MessageCountMismatch, 2, "the conversation has 3 messages but the bundle recorded 4" },
        {
            "message deleted with its hash and chain link",
            root => { Messages(root).RemoveAt(1); Hashes(root, "messages").RemoveAt(1); Hashes(root, "chain").RemoveAt(1); },
            EvidenceProblem.ChainLinkMismatch, 1, "chain link 1"
        },
        {
            "last message deleted with its hash and chain link",
            root => { Messages(root).RemoveAt(3); Hashes(root, "messages").RemoveAt(3); Hashes(root, "chain").RemoveAt(3); },
            EvidenceProblem.DigestMismatch, null, "digest does not match"
        },
        { "risk changed", root => root["assessment"]!["risk"] = 0.12, EvidenceProblem.AssessmentMismatch, null, "assessment does not match its hash" },
        { "level changed", root => root["assessment"]!["level"] = "low", EvidenceProblem.AssessmentMismatch, null, "assessment" },
        { "digest changed", root => root["digest"] = new string('0', 64), EvidenceProblem.DigestMismatch, null, "digest does not match" },
        { "creation time changed", root => root["createdAt"] = "2026-03-02T09:00:00Z", EvidenceProblem.DigestMismatch, null, "digest" },
        { "conversation id changed", root => root["conversation"]!["id"] = "c-9999", EvidenceProblem.HeaderMismatch, null, "conversation id" },
        { "format changed", root => root["format"] = "detector-evidence/2", EvidenceProblem.UnsupportedFormat, null, "not supported" },
        { "hashes removed", root => root.Remove("hashes"), EvidenceProblem.Malformed, null, "missing field 'hashes'" },
    };

    [Theory]
    [MemberData(nameof(Tamperings))]
    public void Tampering_is_detected_and_named(string what, Action<JsonObject> change, EvidenceProblem problem, int? message, string description)
    {
        var result = Verify(Tamper(s_bundle, change));

        Assert.False(result.IsValid, what);
        Assert.Equal(problem, result.Problem);
        Assert.Equal(message, result.MessageIndex);
        Assert.Contains(description, result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tampered_bundle_is_refused_when_read()
    {
        var tampered = Tamper(s_bundle, root => Messages(root)[3]!["text"] = "never mind");

        var error = Assert.Throws<InvalidDataException>(() => EvidenceBundle.ReadFrom(new MemoryStream(tampered)));
        Assert.Contains("message 3 does not match its hash", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    public void A_file_that_is_not_a_bundle_is_malformed(string text)
    {
        var result = Verify(Encoding.UTF8.GetBytes(text));

        Assert.Equal(EvidenceProblem.Malformed, result.Problem);
        Assert.StartsWith("not an evidence bundle", result.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_digest_member_is_refused()
    {
        var text = Encoding.UTF8.GetString(s_bundle);
        var duplicated = text.Insert(text.LastIndexOf('}'), ",\n  \"digest\": \"0\"");

        Assert.Equal(EvidenceProblem.Malformed, Verify(Encoding.UTF8.GetBytes(duplicated)).Problem);
    }

    [Fact]
    public void A_text_that_is_not_valid_unicode_is_recorded_with_the_replacement_character()
    {
        var conversation = new Conversation("c-bad", [new Message("u1", "broken \ud800 surrogate")]);

        var bytes = Write(EvidenceBundle.Create(conversation, SampleAssessment));

        Assert.True(Verify(bytes).IsValid);
        Assert.Equal("broken \ufffd surrogate", EvidenceBundle.ReadFrom(new MemoryStream(bytes)).Conversation.Messages[0].Text);
    }

    [Fact]
    public void A_risk_that_is_not_a_number_cannot_be_recorded()
    {
        Assert.Throws<ArgumentException>(() => EvidenceBundle.Create(SampleConversation, SampleAssessment with { Risk = double.NaN }));
    }
}
