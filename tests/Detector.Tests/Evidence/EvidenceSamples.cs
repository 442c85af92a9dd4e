using System.Text.Json.Nodes;
using Detector.Conversations;
using Detector.Evidence;
using Detector.Scoring;

namespace Detector.Tests.Evidence;

/// <summary>A sample conversation and assessment, and helpers to write a bundle and tamper with its JSON.</summary>
internal static class EvidenceSamples
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 3, 1, 21, 0, 0, TimeSpan.Zero);

    public static Conversation SampleConversation { get; } = new("c-0042",
    [
        new Message("u1", "hey, saw we have friends in common", At: new DateTimeOffset(2026, 3, 1, 20, 14, 0, TimeSpan.Zero)),
        new Message("u2", "oh hi! who? 😊", At: new DateTimeOffset(2026, 3, 1, 20, 15, 10, TimeSpan.Zero)),
        new Message("u1", "", MessageKind.VideoCall, new DateTimeOffset(2026, 3, 1, 20, 40, 0, TimeSpan.Zero)),
        new Message("u1", "pay £200 or everyone sees the video", At: new DateTimeOffset(2026, 3, 1, 20, 52, 0, TimeSpan.Zero))
        {
            Signals = ["threat_to_share", "payment_demand"],
        },
    ])
    {
        Suspect = "u1",
    };

    public static Assessment SampleAssessment { get; } = new()
    {
        Risk = 0.97,
        Flagged = true,
        Level = RiskLevel.Critical,
        Stage = Stage.Demand,
        Suspect = "u1",
        FirstFlaggedAt = 3,
        Signals = [new Signal("payment_demand", 3, 0, 8, 0.41), new Signal("threat_to_share", 3, 12, 23, 0.3)],
        ModelVersion = "m-1",
        RulesVersion = "r-1",
    };

    public static EvidenceBundle Create() =>
        EvidenceBundle.Create(SampleConversation, SampleAssessment, modelVersion: "m-1", manifestHash: "abc123", createdAt: CreatedAt);

    public static byte[] Write(EvidenceBundle bundle)
    {
        var stream = new MemoryStream();
        bundle.WriteTo(stream);
        return stream.ToArray();
    }

    public static byte[] Tamper(byte[] bundle, Action<JsonObject> change)
    {
        var root = JsonNode.Parse(bundle)!.AsObject();
        change(root);
        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    public static JsonArray Messages(JsonObject root) => root["conversation"]!["messages"]!.AsArray();

    public static JsonArray Hashes(JsonObject root, string name) => root["hashes"]![name]!.AsArray();

    public static void Swap(JsonArray array, int i, int j)
    {
        var a = array[i]!.DeepClone();
        var b = array[j]!.DeepClone();
        array[i] = b;
        array[j] = a;
    }
}
