namespace Detector.Tests.Samples;

public sealed class QuickstartSampleTests
{
    [Fact]
    public async Task Prints_the_explanation_of_the_scored_conversation()
    {
        var result = await SampleApp.RunAsync("Quickstart");

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Matches(@"^(high|critical): risk \d\.\d\d, flagged after message \d+; stage \w+; suspect jess\.x\. Signals: .*payment_demand", line);
    }
}
