using System.Text.Json;

namespace Detector.Tests.Cli;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("detector-eval-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Prints_the_table_of_main_and_baselines_and_writes_the_report()
    {
        var report = Path.Combine(_directory, "report");

        var result = await CliRunner.RunAsync("eval", "--input", SampleFiles.Conversations, "--report", report);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Evaluated 12 labelled conversations", result.StandardOutput, StringComparison.Ordinal);
        foreach (var expected in new[] { "main", "rules only", "text model only", "precision", "recall", "F1", "F0.5", "ROC-AUC", "PR-AUC", "false-positive rate", "TP / FP / TN / FN", "flagged before first threat/demand" })
        {
            Assert.Contains(expected, result.StandardOutput, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("text model only: not available", result.StandardOutput, StringComparison.Ordinal); // the bundled models make all three available
        Assert.Contains("eval: scored 12 labelled conversations", result.StandardError, StringComparison.Ordinal);
        foreach (var file in new[] { "report.json", "report.md", "pr-curve.svg", "roc-curve.svg", "score-histogram.svg", "early-detection.svg" })
        {
            Assert.True(File.Exists(Path.Combine(report, file)), file);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(report, "report.json")));
        Assert.Equal(12, json.RootElement.GetProperty("conversations").GetInt32());
    }

    [Fact]
    public async Task Skipped_lines_and_unlabelled_conversations_are_reported_and_exit_3_after_the_output()
    {
        var input = Path.Combine(_directory, "input.jsonl");
        File.WriteAllLines(input,
        [
            File.ReadLines(SampleFiles.Conversations).First(),
            "{ not json",
            """{"id":"x1","messages":[{"from":"a","text":"hi"}]}""",
        ]);

        var result = await CliRunner.RunAsync("eval", "--input", input);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("Evaluated 1 labelled conversations", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("input.jsonl:2: invalid JSON", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("skipped 1 unlabelled conversations", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_labels_is_an_error()
    {
        var input = Path.Combine(_directory, "unlabelled.jsonl");
        File.WriteAllText(input, """{"id":"x1","messages":[{"from":"a","text":"hi"}]}""" + "\n");

        var result = await CliRunner.RunAsync("eval", "--input", input);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no labelled conversations", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }
}
