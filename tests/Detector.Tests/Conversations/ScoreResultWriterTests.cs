using System.Text;
using System.Text.Json;
using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Tests.Conversations;

public class ScoreResultWriterTests
{
    private static string WriteLine(string id, Assessment assessment)
    {
        var stream = new MemoryStream();
        using (var writer = new ScoreResultWriter(stream, leaveOpen: true))
        {
            writer.Write(id, assessment);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    [Fact]
    public void Writes_the_contract_fields_in_order()
    {
        var assessment = new Assessment
        {
            Risk = 0.97,
            Flagged = true,
            Level = RiskLevel.Critical,
            Stage = Stage.RepeatDemand,
            Suspect = "u1",
            FirstFlaggedAt = 3,
            Signals = [new Signal("payment_demand", 3, 0, 7, 0.41)],
            ModelVersion = "m-1",
            RulesVersion = "r-1",
        };

        var line = WriteLine("c-0042", assessment);

        Assert.Equal(
            """{"id":"c-0042","risk":0.97,"flagged":true,"level":"critical","stage":"repeat_demand","suspect":"u1","firstFlaggedAt":3,"signals":[{"name":"payment_demand","message":3,"start":0,"length":7,"weight":0.41,"source":"rules"}],"model":"m-1","rules":"r-1"}""" + "\n",
            line);
    }

    [Fact]
    public void Null_suspect_and_first_flag_are_written_as_null_and_versions_omitted()
    {
        var line = WriteLine("c", new Assessment { Risk = 0.0123456789, Flagged = false, Level = RiskLevel.None, Stage = Stage.None });

        using var document = JsonDocument.Parse(line);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("suspect").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("firstFlaggedAt").ValueKind);
        Assert.Equal(0.012346, root.GetProperty("risk").GetDouble());
        Assert.Equal("none", root.GetProperty("level").GetString());
        Assert.False(root.TryGetProperty("model", out _));
        Assert.False(root.TryGetProperty("rules", out _));
        Assert.Equal(0, root.GetProperty("signals").GetArrayLength());
    }
}
