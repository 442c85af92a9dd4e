namespace Detector.Tests.Cli;

/// <summary>The release soak, run briefly: it reports throughput and memory and passes on a healthy build.</summary>
[Collection(RunAlone.Name)]
public class SoakCommandTests
{
    [Fact]
    public async Task A_three_second_soak_reports_throughput_and_memory_and_passes()
    {
        var result = await CliRunner.RunAsync("soak", "--duration", "3s", "--threads", "2", "--report-every", "500ms");

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
        var reports = result.StandardOutput.Split('\n').Where(line => line.Contains("msg/s  heap", StringComparison.Ordinal)).ToList();
        Assert.InRange(reports.Count, 4, 7);
        Assert.Contains(", 0 mismatches", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains(": no growth", result.StandardOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_duration_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("soak", "--duration", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("'soon' is not a duration", result.StandardError, StringComparison.Ordinal);
    }
}
