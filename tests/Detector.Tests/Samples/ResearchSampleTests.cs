using System.Text.Json;

namespace Detector.Tests.Samples;

public sealed class ResearchSampleTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("detector-research-sample-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Evaluates_the_sample_conversations_and_writes_the_report_with_charts()
    {
        var report = Path.Combine(_directory, "report");

        var result = await SampleApp.RunAsync("Research", Path.Combine("samples", "conversations.jsonl"), report);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Evaluated 12 labelled conversations (6 sextortion, 6 benign).", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ROC-AUC", result.StandardOutput, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "report.json")));
        Assert.Equal(12, json.RootElement.GetProperty("conversations").GetInt32());
        foreach (var chart in new[] { "pr-curve.svg", "roc-curve.svg", "score-histogram.svg", "early-detection.svg" })
        {
            Assert.StartsWith("<svg", File.ReadAllText(Path.Combine(report, chart)), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Without_its_two_arguments_prints_the_usage_and_exits_2()
    {
        var result = await SampleApp.RunAsync("Research");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: Research", result.StandardError, StringComparison.Ordinal);
    }
}
