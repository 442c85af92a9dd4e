using Detector.Scoring;
using Detector.Tests.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Detector.Tests.DependencyInjection;

public sealed class DetectorOptionsValidationTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("detector-options-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Valid_options_pass_start_up_validation()
    {
        var failures = StartUpFailures(options =>
        {
            options.Threshold = 0.6;
            options.LowAt = 0.2;
            options.MediumAt = 0.4;
            options.CriticalAt = 0.9;
            options.Region = "gb";
            options.MaxDegreeOfParallelism = 4;
            options.RulePacks.Add(TestPacks.PathOf("test.en.json"));
            options.RulePacksOverride = true;
        });

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Threshold_out_of_range_fails(double threshold)
    {
        var failure = Assert.Single(StartUpFailures(options => options.Threshold = threshold));
        Assert.StartsWith("Threshold must be between 0 and 1", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_cutoffs_out_of_order_around_the_threshold_fail()
    {
        Assert.Contains("LowAt <= MediumAt <= Threshold <= CriticalAt", Assert.Single(StartUpFailures(o => (o.LowAt, o.MediumAt) = (0.3, 0.2))), StringComparison.Ordinal);
        Assert.Contains("but LowAt is default, MediumAt 0.7, Threshold 0.5", Assert.Single(StartUpFailures(o => (o.Threshold, o.MediumAt) = (0.5, 0.7))), StringComparison.Ordinal);
        Assert.Single(StartUpFailures(o => (o.Threshold, o.CriticalAt) = (0.5, 0.4)));
        Assert.Single(StartUpFailures(o => o.CriticalAt = 1.2));
    }

    [Fact]
    public void Parallelism_below_one_fails()
    {
        var failure = Assert.Single(StartUpFailures(options => options.MaxDegreeOfParallelism = 0));
        Assert.Equal("MaxDegreeOfParallelism must be at least 1, but is 0.", failure);
    }

    [Theory]
    [InlineData("GBR")]
    [InlineData("United Kingdom")]
    [InlineData("4B")]
    [InlineData("")]
    public void Region_that_is_not_a_two_letter_code_fails(string region)
    {
        var failure = Assert.Single(StartUpFailures(options => options.Region = region));
        Assert.StartsWith("Region must be an ISO 3166-1 alpha-2 code", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_model_directory_fails()
    {
        var missing = Path.Combine(_directory, "no-models");
        var failure = Assert.Single(StartUpFailures(options => options.ModelDirectory = missing));
        Assert.Contains(missing, failure, StringComparison.Ordinal);
        Assert.Contains("does not exist", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Model_directory_without_a_manifest_fails()
    {
        var failure = Assert.Single(StartUpFailures(options => options.ModelDirectory = _directory));
        Assert.Contains("manifest.json", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_rule_pack_file_fails()
    {
        var missing = Path.Combine(_directory, "extra.en.json");
        var failure = Assert.Single(StartUpFailures(options => options.RulePacks.Add(missing)));
        Assert.Equal($"The rule pack file '{missing}' does not exist.", failure);
    }

    [Fact]
    public void Invalid_rule_pack_reports_each_of_its_problems()
    {
        var path = Path.Combine(_directory, "bad.en.json");
        File.WriteAllText(path, """
            { "id": "bad", "version": "1.0.0", "rules": [
              { "id": "bad.one", "signal": "no_such_signal", "weight": 0.5, "phrases": ["pay up"] },
              { "id": "bad.two", "signal": "payment_demand", "weight": 7, "phrases": ["pay now"] } ] }
            """);

        var failures = StartUpFailures(options => options.RulePacks.Add(path));

        Assert.True(failures.Count >= 2, string.Join(Environment.NewLine, failures));
        Assert.All(failures, failure => Assert.StartsWith($"The rule pack '{path}' is invalid: ", failure, StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.Contains("bad.one", StringComparison.Ordinal) && failure.Contains("no_such_signal", StringComparison.Ordinal));
        Assert.Contains(failures, failure => failure.Contains("bad.two", StringComparison.Ordinal));
    }

    [Fact]
    public void Missing_or_invalid_safety_actions_file_fails()
    {
        var missing = Path.Combine(_directory, "actions.json");
        Assert.Equal($"The safety actions file '{missing}' does not exist.", Assert.Single(StartUpFailures(options => options.SafetyActionsFile = missing)));

        File.WriteAllText(missing, "{ not json");
        Assert.Contains(missing, Assert.Single(StartUpFailures(options => options.SafetyActionsFile = missing)), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_and_options_cannot_be_read()
    {
        var services = new ServiceCollection().AddDetector(options =>
        {
            options.Threshold = 2;
            options.MaxDegreeOfParallelism = -1;
            options.Region = "XYZ";
        });
        using var provider = services.BuildServiceProvider();

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());
        Assert.Equal(3, failure.Failures.Count());
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DetectorOptions>>().Value);
        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<ConversationScorer>());
    }

    /// <summary>The failures that start-up validation (as a host runs it) reports for the options <paramref name="configure"/> sets.</summary>
    private static List<string> StartUpFailures(Action<DetectorOptions> configure)
    {
        using var provider = new ServiceCollection().AddDetector(configure).BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            Assert.Equal(typeof(DetectorOptions), ex.OptionsType);
            return [.. ex.Failures];
        }
    }
}
