namespace Detector.Tests.Cli;

public class CommandLineTests
{
    [Theory]
    [InlineData("score")]
    [InlineData("train")]
    [InlineData("eval")]
    [InlineData("explain")]
    public async Task Each_command_has_help(string command)
    {
        var result = await CliRunner.RunAsync(command, "--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"detector {command} [options]", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("--input", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_a_usage_error_in_one_line()
    {
        var result = await CliRunner.RunAsync("score");

        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.StandardError.TrimEnd().Split('\n'));
        Assert.Contains("'--input' is required", line, StringComparison.Ordinal);
        Assert.Empty(result.StandardOutput);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("frobnicate");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("frobnicate", result.StandardError, StringComparison.Ordinal);
    }
}
