using System.Text;
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

    /// <summary>A file full of hostile lines: each bad one reported by number, every good one scored, exit code 3.</summary>
    [Fact]
    public async Task Score_reports_every_bad_line_by_number_writes_every_good_result_and_exits_3()
    {
        var input = Path.Combine(_directory, "hostile.jsonl");
        var output = Path.Combine(_directory, "scores.jsonl");
        using (var file = File.Create(input))
        {
            void Line(string text) => file.Write(Encoding.UTF8.GetBytes(text + "\n"));
            Line("""{"id":"g1","messages":[{"from":"u1","text":"i recorded you, pay now or i send it to your family"}]}""");
            file.Write([.. """{"id":"bad-utf8","messages":[{"from":"a","text":"caf"""u8, 0xC3, 0x28, .. "\"}]}\n"u8]);   // line 2
            Line("""{"id":"g2","messages":[{"from":"u1","text":"\u0000p\u202eya\u202c me now\u0007"}]}""");
            Line("""{"id":"deep","extra":""" + new string('[', 5_000) + new string(']', 5_000) + ""","messages":[]}""");  // line 4
            Line("{\"id\":\"raw-nul\",\"messages\":[{\"from\":\"a\",\"text\":\"a\0b\"}]}");                              // line 5
            Line($$"""{"id":"g3","messages":[{"from":"u1","text":"{{new string('x', 2 * 1024 * 1024)}} pay me"}]}""");
            Line("""{"id":"no-messages"}""");                                                                            // line 7
            Line("""{"id":"g4","messages":[{"from":"u1","at":"9999-12-31T23:59:59Z"},{"from":"u2","at":"0001-01-01T00:00:00Z"}]}""");
            Line("""{"id":"g4","messages":[]}""");
        }

        var result = await CliRunner.RunAsync("score", "--input", input, "--output", output);

        Assert.Equal(3, result.ExitCode);
        var errors = result.StandardError.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([$"{input}:2: ", $"{input}:4: ", $"{input}:5: ", $"{input}:7: "], errors.Select(e => e[..(e.IndexOf(": ", StringComparison.Ordinal) + 2)]));
        var ids = File.ReadAllLines(output).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString());
        Assert.Equal(["g1", "g2", "g3", "g4", "g4"], ids);
    }
}
