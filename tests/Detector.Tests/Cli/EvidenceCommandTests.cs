using Detector.Tests.Evidence;

namespace Detector.Tests.Cli;

public sealed class EvidenceCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("detector-evidence-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string WriteFile(string name, byte[] bytes)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Verify_accepts_a_bundle_written_by_the_library()
    {
        var path = WriteFile("good.json", EvidenceSamples.Write(EvidenceSamples.Create()));

        var result = await CliRunner.RunAsync("evidence", "verify", "--input", path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("intact: 4 messages", result.StandardOutput, StringComparison.Ordinal);
        Assert.Empty(result.StandardError);
    }

    [Fact]
    public async Task Verify_refuses_a_tampered_bundle_and_names_the_problem()
    {
        var bundle = EvidenceSamples.Write(EvidenceSamples.Create());
        var path = WriteFile("tampered.json", EvidenceSamples.Tamper(bundle, root => EvidenceSamples.Messages(root)[1]!["text"] = "edited"));

        var result = await CliRunner.RunAsync("evidence", "verify", "--input", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}: message 1 does not match its hash", result.StandardError, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public async Task Verify_without_input_is_a_usage_error_that_points_at_its_help()
    {
        var result = await CliRunner.RunAsync("evidence", "verify");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("see 'detector evidence verify --help'", result.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_writes_a_bundle_that_verifies_and_a_missing_id_fails()
    {
        var samples = Path.Combine(AppContext.BaseDirectory, "samples", "conversations.jsonl");
        var output = Path.Combine(_directory, "bundle.json");

        var export = await CliRunner.RunAsync("evidence", "--input", samples, "--id", "sample-01", "--output", output);
        var verify = await CliRunner.RunAsync("evidence", "verify", "--input", output);
        var missing = await CliRunner.RunAsync("evidence", "--input", samples, "--id", "no-such-id", "--output", Path.Combine(_directory, "x.json"));

        Assert.Equal(0, export.ExitCode);
        Assert.True(File.Exists(output));
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("intact", verify.StandardOutput, StringComparison.Ordinal);
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no conversation with id 'no-such-id'", missing.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evidence_help_lists_its_options_and_the_verify_subcommand()
    {
        var result = await CliRunner.RunAsync("evidence", "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var expected in new[] { "detector evidence [command] [options]", "--input", "--id", "--output", "--model", "verify" })
        {
            Assert.Contains(expected, result.StandardOutput, StringComparison.Ordinal);
        }
    }
}
