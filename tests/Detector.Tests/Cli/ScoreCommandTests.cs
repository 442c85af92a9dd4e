using System.Text.Json;

namespace Detector.Tests.Cli;

public sealed class ScoreCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("detector-score-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Scores_every_sample_with_one_contract_line_each()
    {
        var result = await CliRunner.RunAsync("score", "--input", SampleFiles.Conversations);

        Assert.Equal(0, result.ExitCode);
        var lines = result.StandardOutput.TrimEnd('\n').Split('\n');
        Assert.Equal(12, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            foreach (var field in new[] { "id", "risk", "flagged", "level", "stage", "suspect", "firstFlaggedAt", "signals", "model", "rules" })
            {
                Assert.True(json.RootElement.TryGetProperty(field, out _), $"{field} missing in {line}");
            }
        }
    }

    [Fact]
    public async Task A_malformed_line_is_reported_with_its_number_the_rest_scored_and_the_exit_code_is_3()
    {
        var input = Path.Combine(_directory, "input.jsonl");
        var output = Path.Combine(_directory, "scores.jsonl");
        File.WriteAllLines(input,
        [
            """{"id":"a","messages":[{"from":"u1","text":"i recorded you, pay now or i send it to your family"}]}""",
            """{"id":"b","messages":[{"from":"u1","text":"broken""",
            """{"messages":[]}""",
            """{"id":"c","messages":[]}""",
        ]);

        var result = await CliRunner.RunAsync("score", "--input", input, "--output", output);

        Assert.Equal(3, result.ExitCode);
        Assert.Contains($"{input}:2: invalid JSON", result.StandardError, StringComparison.Ordinal);
        Assert.Contains($"{input}:3: missing required field 'id'", result.StandardError, StringComparison.Ordinal);
        var ids = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Equal(["a", "c"], ids);
    }

    [Fact]
    public async Task Standard_input_is_read_for_a_dash()
    {
        var input = Path.Combine(_directory, "one.jsonl");
        File.WriteAllText(input, """{"id":"x","messages":[]}""" + "\n");

        var result = await Samples.ChildProcess.RunAsync("bash", ["-c", $"dotnet '{Path.Combine(AppContext.BaseDirectory, "Detector.Cli.dll")}' score --input - < '{input}'"], TimeSpan.FromMinutes(2));

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("""{"id":"x","risk":0""", result.StandardOutput, StringComparison.Ordinal);
    }
}
