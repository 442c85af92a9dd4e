using System.Text.Json;
using System.Xml.Linq;
using Detector.Conversations;
using Detector.Scoring;
using Detector.Training.Evaluation;

namespace Detector.Tests.Evaluation;

/// <summary>The evaluator end to end with the rules-only scorer, and the report files it writes.</summary>
public sealed class EvaluationReportTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("detector-eval-").FullName;

    private static readonly Conversation[] s_conversations =
    [
        new("s1", [
            new Message("u1", "hey, we have mutual friends"),
            new Message("u1", "i recorded everything"),
            new Message("u1", "pay £200 or i send the video to your family") { Signals = ["threat_to_share", "payment_demand"] },
        ]) { Label = ConversationLabel.Sextortion },
        new("s2", [new Message("u1", "hello there"), new Message("u2", "hi")]) { Label = ConversationLabel.Sextortion },
        new("b1", [new Message("a", "are we still on for dinner friday?"), new Message("b", "yes, 8pm")]) { Label = ConversationLabel.Benign },
        new("u1", [new Message("a", "no label here")]),
    ];

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // Rules alone, explicitly (the bundled models are not used), so the text-model baseline is unavailable.
    private static Task<EvaluationReport> EvaluateAsync() =>
        new Evaluator(new ConversationScorer(Detector.Rules.RuleEngine.Default, model: null, new DetectorOptions(), method: null))
            .EvaluateAsync(s_conversations.ToAsyncEnumerable(), "test.jsonl");

    [Fact]
    public async Task Counts_labels_skips_unlabelled_and_reports_the_text_model_baseline_as_unavailable()
    {
        var report = await EvaluateAsync();

        Assert.Equal(3, report.Conversations);
        Assert.Equal(2, report.Positives);
        Assert.Equal(1, report.Unlabelled);
        Assert.Equal(1, report.AnnotatedPositives);
        Assert.Equal(["main", "rules only", "text model only"], report.Scorers.Select(s => s.Name));
        Assert.NotNull(report.Scorers[0].Metrics);
        Assert.NotNull(report.Scorers[1].Metrics);
        Assert.Null(report.Scorers[2].Metrics);
        Assert.Equal(EvaluatedScorer.NoTrainedModels, report.Scorers[2].NotAvailable);

        var main = report.Main.Metrics!;
        Assert.Equal(3, main.Confusion.Positives + main.Confusion.Negatives);
        Assert.True(main.Confusion.TruePositives >= 1, "the explicit threat-and-demand conversation is flagged");

        // s1 is annotated (threat and demand on message 2) and flagged on the recording claim before it; in s2 nothing fires.
        Assert.Equal(1, main.EarlyDetection.WithThreatOrDemand);
        Assert.Equal(1, main.EarlyDetection.ThreatFromAnnotations);
        Assert.Equal(1, main.EarlyDetection.FlaggedBeforeThreatOrDemand);
    }

    [Fact]
    public async Task Writes_json_markdown_and_well_formed_svg_charts()
    {
        var report = await EvaluateAsync();

        var written = EvaluationReportFiles.Write(report, _directory);

        Assert.Equal(6, written.Count);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_directory, "report.json")));
        var root = json.RootElement;
        Assert.Equal(3, root.GetProperty("conversations").GetInt32());
        var scorers = root.GetProperty("scorers");
        Assert.Equal(3, scorers.GetArrayLength());
        Assert.True(scorers[0].GetProperty("precision").ValueKind is JsonValueKind.Number or JsonValueKind.Null);
        Assert.Equal(JsonValueKind.Number, scorers[0].GetProperty("rocAuc").ValueKind);
        Assert.Equal(JsonValueKind.Array, scorers[0].GetProperty("perTactic").ValueKind);
        Assert.False(scorers[2].GetProperty("available").GetBoolean());
        Assert.Equal("not available (no trained models)", scorers[2].GetProperty("notAvailable").GetString());

        var markdown = File.ReadAllText(Path.Combine(_directory, "report.md"));
        Assert.Contains("| precision |", markdown, StringComparison.Ordinal);
        Assert.Contains("![", markdown, StringComparison.Ordinal);
        Assert.Contains("text model only: not available (no trained models)", markdown, StringComparison.Ordinal);

        XNamespace svg = "http://www.w3.org/2000/svg";
        foreach (var (file, title, series) in new[]
        {
            ("pr-curve.svg", "Precision–recall curve", "polyline"),
            ("roc-curve.svg", "ROC curve", "polyline"),
            ("score-histogram.svg", "Final risk by label (main scorer)", "rect"),
            ("early-detection.svg", "Early detection", "polyline"),
        })
        {
            var document = XDocument.Load(Path.Combine(_directory, file));
            Assert.Equal(svg + "svg", document.Root!.Name);
            Assert.Equal(title, document.Root.Element(svg + "title")!.Value);
            var texts = document.Descendants(svg + "text").Select(t => t.Value).ToList();
            Assert.Contains(title, texts);
            Assert.Contains("0.5", texts);                                              // tick labels
            Assert.Contains(document.Descendants(svg + "g"), g => (string?)g.Attribute("class") == "legend");
            Assert.Contains(document.Descendants(svg + "text"), t => (string?)t.Attribute("class") == "x-label");
            Assert.Contains(document.Descendants(svg + "text"), t => (string?)t.Attribute("class") == "y-label");
            Assert.NotEmpty(document.Descendants(svg + series));
        }
    }
}
