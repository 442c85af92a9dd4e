using Detector.Conversations;
using Detector.Training.Corpus;

namespace Detector.Tests.Corpus;

/// <summary>Label balance, coverage of every tactic step and theme in every split, and the language mix of the default corpus.</summary>
[Collection(CorpusTestGroup.Name)]
public sealed class CorpusCompositionTests(CorpusFixture corpus)
{
    public static TheoryData<CorpusSplit> Splits => [CorpusSplit.Train, CorpusSplit.Validation, CorpusSplit.Test];

    [Theory]
    [MemberData(nameof(Splits))]
    public void NegativesAtLeastMatchPositives(CorpusSplit split)
    {
        var conversations = corpus.Splits[split];
        var positives = conversations.Count(c => c.Conversation.Label == ConversationLabel.Sextortion);
        var hardNegatives = conversations.Count(c => c.Category == "hard_negative");
        var benign = conversations.Count(c => c.Conversation.Label == ConversationLabel.Benign);

        Assert.Equal(CorpusFixture.Options.CountOf(split), conversations.Count);
        Assert.True(positives > conversations.Count / 3, $"only {positives} sextortion conversations");
        Assert.True(hardNegatives >= positives, $"{hardNegatives} hard negatives < {positives} positives");
        Assert.Equal(conversations.Count - positives, benign);
        Assert.Contains(conversations, c => c.Category == "everyday");
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void EveryTacticStepOfTheEnglishBanksOccursInEverySplit(CorpusSplit split)
    {
        var english = corpus.Banks[CorpusBanks.English]!;
        var used = corpus.Splits[split]
            .Where(c => c.Language == CorpusBanks.English)
            .SelectMany(c => c.Steps)
            .ToHashSet(StringComparer.Ordinal);
        var expected = english.Sextortion.Keys.Concat(english.Victim.Keys).Concat(english.SmallTalk.Keys);

        var missing = expected.Concat(SextortionSteps.Perpetrator).Concat(SextortionSteps.Victim)
            .Where(step => !used.Contains(step)).Distinct().ToList();

        Assert.True(missing.Count == 0, $"steps never used in {split}: " + string.Join(", ", missing));
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void EveryThemeOfEveryLanguageOccursInEverySplit(CorpusSplit split)
    {
        var used = corpus.Splits[split]
            .Where(c => c.Conversation.Label == ConversationLabel.Benign)
            .Select(c => (c.Language, c.Scenario))
            .ToHashSet();
        var themes = corpus.Banks.Languages.Values.SelectMany(bank => bank.Themes.Keys.Select(theme => (bank.Language, theme)));

        var missing = themes.Where(theme => !used.Contains(theme)).ToList();

        Assert.True(missing.Count == 0, $"themes never used in {split}: " + string.Join(", ", missing));
        Assert.Contains((CorpusBanks.English, BenignComposer.SmallTalkTheme), used);
    }

    [Fact]
    public void ScenariosIncludeEarlyStopsColdOpensDeepfakesAndHackerMails()
    {
        var scenarios = corpus.Splits[CorpusSplit.Train]
            .Where(c => c.Category == "sextortion")
            .GroupBy(c => c.Scenario)
            .ToDictionary(group => group.Key, group => group.ToList());

        Assert.All(
            new[]
            {
                SextortionScenarios.Romance, SextortionScenarios.Deepfake, SextortionScenarios.EarlyStop, SextortionScenarios.ColdOpen,
                SextortionScenarios.HackerEmail, SextortionScenarios.HackerShort,
            },
            name => Assert.True(scenarios.ContainsKey(name), name));
        Assert.All(scenarios[SextortionScenarios.HackerEmail], c => Assert.Equal(SextortionSteps.HackerEmail, c.Steps[0]));
        Assert.All(scenarios[SextortionScenarios.EarlyStop], c => Assert.DoesNotContain(SextortionSteps.Threat, c.Steps));
        Assert.All(scenarios[SextortionScenarios.ColdOpen], c => Assert.Equal(SextortionSteps.ColdOpen, c.Steps[0]));
        Assert.All(scenarios[SextortionScenarios.Deepfake], c =>
        {
            Assert.Contains(SextortionSteps.DeepfakeThreat, c.Steps);
            Assert.DoesNotContain(SextortionSteps.CallEvent, c.Steps);
            Assert.DoesNotContain(SextortionSteps.ImageRequest, c.Steps);
        });
        Assert.Contains(corpus.Splits[CorpusSplit.Train], c => c.Conversation.Messages.Any(m => m.Kind == MessageKind.VideoCall));
        Assert.Contains(corpus.Splits[CorpusSplit.Train], c => c.Conversation.Messages.Any(m => m.Kind == MessageKind.Payment));
    }

    [Theory]
    [MemberData(nameof(Splits))]
    public void AboutFifteenPercentAreInOtherLanguages(CorpusSplit split)
    {
        var others = corpus.Banks.Languages.Keys.Where(language => language != CorpusBanks.English).ToList();
        Assert.True(others.Count > 0, "no fr/es/pcm/tl banks under training-data/banks");
        var conversations = corpus.Splits[split];
        var share = conversations.Count(c => c.Language != CorpusBanks.English) / (double)conversations.Count;

        Assert.InRange(share, 0.12, 0.18);
        Assert.All(others, language => Assert.Contains(conversations, c => c.Language == language));
    }

    [Fact]
    public void AboutOneConversationInTenHasNoTimestamps()
    {
        var conversations = corpus.Splits[CorpusSplit.Train];
        var untimed = conversations.Count(c => c.Conversation.Messages.All(m => m.At is null)) / (double)conversations.Count;

        Assert.InRange(untimed, 0.07, 0.13);
        Assert.All(conversations, c => Assert.True(c.Conversation.Messages.All(m => m.At is null) || c.Conversation.Messages.All(m => m.At is not null)));
        Assert.All(conversations.Where(c => c.Conversation.Messages.Count > 1 && c.Conversation.Messages[0].At is not null),
            c => Assert.True(c.Conversation.Messages.Zip(c.Conversation.Messages.Skip(1)).All(pair => pair.First.At <= pair.Second.At)));
    }
}
