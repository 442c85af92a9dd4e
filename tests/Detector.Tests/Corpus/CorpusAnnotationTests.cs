using Detector.Rules;
using Detector.Conversations;
using Detector.Training.Corpus;

namespace Detector.Tests.Corpus;

/// <summary>The per-message signal annotations and suspects of the generated corpus are consistent with the banks.</summary>
[Collection(CorpusTestGroup.Name)]
public sealed class CorpusAnnotationTests(CorpusFixture corpus)
{
    private IEnumerable<GeneratedConversation> All => corpus.Splits.Values.SelectMany(split => split);

    [Fact]
    public void EverySignalIsATaxonomyName()
    {
        var unknown = All.SelectMany(c => c.Conversation.Messages).SelectMany(m => m.Signals)
            .Where(signal => !SignalNames.All.Contains(signal)).Distinct();

        Assert.Empty(unknown);
    }

    [Fact]
    public void EverySextortionConversationHasASuspectWhoTakesPart()
    {
        foreach (var generated in All)
        {
            var conversation = generated.Conversation;
            if (conversation.Label == ConversationLabel.Sextortion)
            {
                Assert.NotNull(conversation.Suspect);
                Assert.Contains(conversation.Messages, m => m.From == conversation.Suspect);
                Assert.True(conversation.Messages.Select(m => m.From).Distinct().Count() <= 2);
            }
            else
            {
                Assert.Null(conversation.Suspect);
            }
        }
    }

    [Fact]
    public void EveryMessageCarriesTheSignalsOfAPhrasingOfItsStepAndComesFromItsRole()
    {
        foreach (var generated in All)
        {
            var bank = corpus.Banks[generated.Language]!;
            var theme = bank.Themes.GetValueOrDefault(generated.Scenario);
            var messages = generated.Conversation.Messages;
            Assert.Equal(messages.Count, generated.Steps.Count);
            for (var i = 0; i < messages.Count; i++)
            {
                var name = generated.Steps[i];
                var step = theme?.Steps.GetValueOrDefault(name) ?? bank.Sextortion.GetValueOrDefault(name)
                    ?? bank.Victim.GetValueOrDefault(name) ?? bank.SmallTalk[name];
                Assert.Equal(step.Kind, messages[i].Kind);
                Assert.Contains(step.Phrasings, p => p.Signals.SequenceEqual(messages[i].Signals));
                if (generated.Conversation.Suspect is { } suspect && step.Role is "suspect" or "victim")
                {
                    Assert.Equal(step.Role == "suspect", messages[i].From == suspect);
                }
            }
        }
    }

    [Fact]
    public void SextortionConversationsShowTheirTactics()
    {
        var train = corpus.Splits[CorpusSplit.Train];
        var withThreat = train.Where(c => c.Scenario is SextortionScenarios.Romance or SextortionScenarios.Deepfake or SextortionScenarios.ColdOpen).ToList();

        Assert.All(withThreat, c => Assert.Contains(c.Conversation.Messages, m => m.Signals.Contains("threat_to_share") || m.Signals.Contains("payment_demand")));
        Assert.All(train.Where(c => c.Conversation.Label == ConversationLabel.Sextortion),
            c => Assert.Contains(c.Conversation.Messages, m => m.Signals.Count > 0));
    }
}
