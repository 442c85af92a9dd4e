using Detector.Conversations;
using Detector.Training.Corpus;

namespace Detector.Tests.Corpus;

/// <summary>The test split measures generalisation: none of its message texts, and none of the hand-written ones, occur in train.</summary>
[Collection(CorpusTestGroup.Name)]
public sealed class CorpusSplitTests(CorpusFixture corpus)
{
    /// <summary>
    /// Hand-written messages shorter than this (in letters and digits: "ok", "lol", "who is this?") are everyday words
    /// any corpus contains; the check is about phrasings, so it covers the longer ones.
    /// </summary>
    private const int MinimumHandwrittenKeyLength = 12;

    [Fact]
    public void NoTestMessageTextOccursInTrain()
    {
        var train = Texts(CorpusSplit.Train);
        var leaked = Texts(CorpusSplit.Test).Where(train.Contains).Take(20).ToList();

        Assert.True(leaked.Count == 0, "test texts found in train: " + string.Join(" | ", leaked));
    }

    [Fact]
    public void NoHandwrittenMessageOccursInTrain()
    {
        var files = Directory.GetFiles(Path.Combine(corpus.Root, "training-data", "handwritten"), "*.jsonl");
        Assert.NotEmpty(files);
        var handwritten = files
            .SelectMany(file => ConversationReader.ReadFileAsync(file).ToBlockingEnumerable())
            .SelectMany(c => c.Messages)
            .Select(m => m.Text)
            .Where(text => PhrasingSplitter.KeyOf(text).Length >= MinimumHandwrittenKeyLength)
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(handwritten);

        var leaked = Texts(CorpusSplit.Train).Where(handwritten.Contains).Take(20).ToList();
        Assert.True(leaked.Count == 0, "hand-written texts found in train: " + string.Join(" | ", leaked));
    }

    [Fact]
    public void TrainAndTestDrawFromDisjointPhrasingPools()
    {
        foreach (var bank in corpus.Banks.Languages.Values)
        {
            var steps = bank.Sextortion.Values.Concat(bank.Victim.Values).Concat(bank.SmallTalk.Values)
                .Concat(bank.Themes.Values.SelectMany(theme => theme.Steps.Values));
            foreach (var step in steps)
            {
                var train = step.In(PhrasingPool.Train).Where(p => p.Text.Length > 0).Select(p => PhrasingSplitter.KeyOf(p.Text)).ToHashSet();
                var test = step.In(PhrasingPool.Test).Where(p => p.Text.Length > 0).ToList();
                Assert.DoesNotContain(test, p => train.Contains(PhrasingSplitter.KeyOf(p.Text)));
                if (step.Phrasings.Count(p => p.Text.Length > 0) >= 2)
                {
                    Assert.True(test.Count >= 1, $"{bank.Language}/{step.Name} has no held-out phrasing");
                }
            }
        }
    }

    [Fact]
    public void NoPhrasingIsInBothPoolsAcrossSteps()
    {
        var shared = corpus.Banks.KeysIn(PhrasingPool.Train).Intersect(corpus.Banks.KeysIn(PhrasingPool.Test)).ToList();

        Assert.True(shared.Count == 0, "phrasing keys in both pools: " + string.Join(", ", shared));
    }

    [Fact]
    public void HeldOutPersonaStyleCombinationsAppearOnlyInTest()
    {
        static bool HeldOut(GeneratedConversation c) =>
            c.Persona is { } persona && c.SuspectStyle is { } style && StyleChoices.IsHeldOut(persona, style);

        Assert.DoesNotContain(corpus.Splits[CorpusSplit.Train], HeldOut);
        Assert.DoesNotContain(corpus.Splits[CorpusSplit.Validation], HeldOut);
        foreach (var (persona, style) in StyleChoices.HeldOut)
        {
            Assert.Contains(corpus.Splits[CorpusSplit.Test], c => c.Persona == persona && c.SuspectStyle == style);
        }
    }

    private HashSet<string> Texts(CorpusSplit split) =>
        corpus.Splits[split].SelectMany(c => c.Conversation.Messages).Select(m => m.Text).Where(text => text.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
