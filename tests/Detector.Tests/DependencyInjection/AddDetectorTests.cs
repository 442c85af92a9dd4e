using Detector.Scoring;
using Detector.Tests.Rules;
using Detector.Tests.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Detector.Tests.DependencyInjection;

public class AddDetectorTests
{
    [Fact]
    public void Registers_one_shared_scorer_that_scores()
    {
        using var provider = new ServiceCollection().AddDetector().BuildServiceProvider();

        var scorer = provider.GetRequiredService<ConversationScorer>();
        Assert.Same(scorer, provider.GetRequiredService<ConversationScorer>());
        Assert.Same(scorer, provider.GetRequiredService<IConversationScorer>());
        Assert.True(scorer.Score(ScoringFixtures.Sextortion).Flagged);
        Assert.False(scorer.Score(ScoringFixtures.Benign).Flagged);
    }

    [Fact]
    public void Configure_delegate_sets_the_options_the_scorer_is_built_from()
    {
        using var provider = new ServiceCollection()
            .AddDetector(options =>
            {
                options.Threshold = 0.25;
                options.IncludeExcerpts = true;
            })
            .BuildServiceProvider();

        var scorer = provider.GetRequiredService<ConversationScorer>();
        Assert.Equal(0.25, scorer.Threshold);
        Assert.Contains(scorer.Score(ScoringFixtures.Sextortion).Signals, signal => signal.Excerpt is { Length: > 0 });
    }

    [Fact]
    public void Options_bind_from_a_configuration_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Detector:Threshold"] = "0.4",
                ["Detector:LowAt"] = "0.1",
                ["Detector:MediumAt"] = "0.2",
                ["Detector:CriticalAt"] = "0.95",
                ["Detector:IncludeExcerpts"] = "true",
                ["Detector:Region"] = "GB",
                ["Detector:MaxDegreeOfParallelism"] = "3",
                ["Detector:LogConversationIds"] = "true",
                ["Detector:RulePacks:0"] = TestPacks.PathOf("test.en.json"),
                ["Detector:RulePacksOverride"] = "true",
            })
            .Build();
        using var provider = new ServiceCollection()
            .AddDetector(configuration.GetSection(DetectorOptions.SectionName))
            .BuildServiceProvider(validateScopes: true);

        var options = provider.GetRequiredService<IOptions<DetectorOptions>>().Value;
        Assert.Equal(0.4, options.Threshold);
        Assert.Equal((0.1, 0.2, 0.95), (options.LowAt, options.MediumAt, options.CriticalAt));
        Assert.True(options.IncludeExcerpts);
        Assert.Equal("GB", options.Region);
        Assert.Equal(3, options.MaxDegreeOfParallelism);
        Assert.True(options.LogConversationIds);
        Assert.Equal([TestPacks.PathOf("test.en.json")], options.RulePacks);
        Assert.True(options.RulePacksOverride);

        var scorer = provider.GetRequiredService<ConversationScorer>();
        Assert.Equal(0.4, scorer.Threshold);
        Assert.Contains("test@1.0.0", scorer.RulesVersion, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_cutoffs_set_in_options_decide_the_level()
    {
        // A conversation with some risk, and a threshold above it (without self-harm, which raises the level by itself).
        var defaults = new ConversationScorer();
        var opening = Enumerable.Range(1, ScoringFixtures.Sextortion.Messages.Count)
            .Select(count => ScoringFixtures.Sextortion with { Messages = [.. ScoringFixtures.Sextortion.Messages.Take(count)] })
            .First(conversation => defaults.Score(conversation).Risk is > 0 and < 0.999);
        var risk = defaults.Score(opening).Risk;
        var threshold = (risk + 1) / 2;
        Assert.Equal(RiskLevel.Medium, LevelWith(o => (o.LowAt, o.MediumAt) = (risk / 2, risk)));
        Assert.Equal(RiskLevel.Low, LevelWith(o => (o.LowAt, o.MediumAt) = (risk, (risk + threshold) / 2)));
        Assert.Equal(RiskLevel.None, LevelWith(o => (o.LowAt, o.MediumAt) = ((risk + threshold) / 2, (risk + threshold) / 2)));

        RiskLevel LevelWith(Action<DetectorOptions> configure)
        {
            using var provider = new ServiceCollection().AddDetector(o => o.Threshold = threshold).AddDetector(configure).BuildServiceProvider();
            return provider.GetRequiredService<ConversationScorer>().Score(opening).Level;
        }
    }
}
