namespace Detector.Tests.Cli;

public sealed class ExplainCommandTests
{
    [Fact]
    public async Task Shows_every_message_with_highlighted_signals_risk_and_the_summary()
    {
        var result = await CliRunner.RunAsync("explain", "--input", SampleFiles.Conversations, "--id", "sample-01");

        Assert.Equal(0, result.ExitCode);
        var output = result.StandardOutput;
        Assert.Contains("Conversation sample-01: 11 messages, sextortion", output, StringComparison.Ordinal);
        for (var i = 0; i < 11; i++)
        {
            Assert.Contains($"#{i}  ", output, StringComparison.Ordinal);
        }

        Assert.Contains("#6  jess.x  2026-03-01T20:41:00Z  video_call", output, StringComparison.Ordinal);
        Assert.Contains("[[i recorded everything]]", output, StringComparison.Ordinal);     // redirected output: brackets, not colour
        Assert.DoesNotContain("\u001b[", output, StringComparison.Ordinal);
        Assert.Contains("signal recording_claim  weight", output, StringComparison.Ordinal);
        Assert.Contains("<- first flagged here", output, StringComparison.Ordinal);
        Assert.Contains("level critical  stage demand", output, StringComparison.Ordinal);
        var summary = output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("Summary: critical: risk", summary, StringComparison.Ordinal);
        Assert.Contains("\"i recorded everything\"", summary, StringComparison.Ordinal);     // excerpts are on for explain
    }

    [Fact]
    public async Task An_unknown_id_exits_1_with_a_clear_message()
    {
        var result = await CliRunner.RunAsync("explain", "--input", SampleFiles.Conversations, "--id", "no-such-id");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"detector explain: no conversation with id 'no-such-id' in {SampleFiles.Conversations}.", result.StandardError.TrimEnd());
        Assert.Empty(result.StandardOutput);
    }
}
