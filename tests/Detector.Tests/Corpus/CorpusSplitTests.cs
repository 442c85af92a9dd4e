using Detector.Conversations;
using Detector.Training.Corpus;

namespace Detector.Tests.Corpus;

/// <summary>
/// Validation and test measure generalisation: each split draws from its own phrasing pool, no message text of
/// validation occurs in train, none of test in train or validation, and no hand-written one (test or development
/// set) in train.
/// </summary>
[Collection(CorpusTestGroup.Name)]
public sealed class CorpusSplitTests(CorpusFixture corpus)
{
    /// <summary>
    /// Hand-written messages shorter than this (in letters and digits: "ok", "lol", "who is this?") are everyday words
    /// any corpus contains; the check is about phrasings, so it covers the longer ones.
    /// </summary>
    private const int MinimumHandwrittenKeyLength = 12;

    /// <summary>The hand-written test set and development set: neither may share a phrasing with train.</summary>
    private static readonly string[] s_handwrittenFolders = ["handwritten", "handwritten-dev"];

    [Fact]
    public void NoValidationMessageTextOccursInTrain()
    {
        var train = Texts(CorpusSplit.Train);
        var leaked = Texts(CorpusSplit.Validation).Where(train.Contains).Take(20).ToList();

        Assert.True(leaked.Count == 0, "validation texts found in train: " + string.Join(" | ", leaked));
    }

    [Fact]
    public void NoTestMessageTextOccursInTrainOrValidation()
    {
        var seen = Texts(CorpusSplit.Train);
        seen.UnionWith(Texts(CorpusSplit.Validation));
        var leaked = Texts(CorpusSplit.Test).Where(seen.Contains).Take(20).ToList();

        Assert.True(leaked.Count == 0, "test texts found in train or validation: " + string.Join(" | ", leaked));
    }

    [Fact]
    public void NoHandwrittenMessageOccursInTrain()
    {
        var files = s_handwrittenFolders
            .SelectMany(folder => Directory.GetFiles(Path.Combine(corpus.Root, "training-data", folder), "*.jsonl"))
            .ToList();
        Assert.Equal(s_handwrittenFolders.Length, files.Select(Path.GetDirectoryName).Distinct().Count());
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

    /// <summary>
    /// The fallbacks for steps with one or two phrasings (<see cref="PhrasingSplitter"/>) share texts between pools;
    /// the committed banks must not need them, so the checks above hold for every step.
    /// </summary>
    [Fact]
    public void EveryStepWithTextHasPhrasingsForEveryPool()
    {
        var tooSmall = corpus.Banks.Languages.Values
            .SelectMany(bank => bank.AllSteps.Select(step => (bank.Language, step)))
            .Where(entry => entry.step.Phrasings.Count(p => p.Text.Length > 0) is 1 or 2)
            .Select(entry => $"{entry.Language}/{entry.step.Name}")
            .ToList();

        Assert.True(tooSmall.Count == 0, "steps with fewer than 3 phrasings (validation falls back to train): " + string.Join(", ", tooSmall));
    }

    [Fact]
    public void EachStepSplitsIntoThreeDisjointNonEmptyPools()
    {
        foreach (var bank in corpus.Banks.Languages.Values)
        {
            foreach (var step in bank.AllSteps.Where(step => step.Phrasings.Count(p => p.Text.Length > 0) >= 3))
            {
                var pools = Enum.GetValues<PhrasingPool>().ToDictionary(pool => pool, pool => Keys(step.In(pool)));
                foreach (var (pool, keys) in pools)
                {
                    Assert.True(keys.Count >= 1, $"{bank.Language}/{step.Name} has no phrasing in the {pool} pool");
                    Assert.All(pools.Where(other => other.Key > pool), other => Assert.True(!keys.Overlaps(other.Value),
                        $"{bank.Language}/{step.Name} shares a phrasing between the {pool} and {other.Key} pools"));
                }
            }
        }
    }

    [Fact]
    public void NoPhrasingIsInTwoPoolsAcrossSteps()
    {
        var pools = Enum.GetValues<PhrasingPool>();
        foreach (var first in pools)
        {
            foreach (var second in pools.Where(second => second > first))
            {
                var shared = corpus.Banks.KeysIn(first).Intersect(corpus.Banks.KeysIn(second)).ToList();
                Assert.True(shared.Count == 0, $"phrasing keys in both {first} and {second}: " + string.Join(", ", shared));
            }
        }
    }

    [Fact]
    public void PoolsHoldAboutSeventyFifteenFifteenPercentOfThePhrasings()
    {
        var total = (double)Enum.GetValues<PhrasingPool>().Sum(pool => corpus.Banks.KeysIn(pool).Count);

        Assert.InRange(corpus.Banks.KeysIn(PhrasingPool.Train).Count / total, 0.62, 0.74);
        Assert.InRange(corpus.Banks.KeysIn(PhrasingPool.Validation).Count / total, 0.13, 0.19);
        Assert.InRange(corpus.Banks.KeysIn(PhrasingPool.Test).Count / total, 0.13, 0.19);
    }

    [Fact]
    public void HeldOutPersonaStyleCombinationsAppearOnlyInTheirSplit()
    {
        foreach (var split in Enum.GetValues<CorpusSplit>())
        {
            Assert.DoesNotContain(corpus.Splits[split], c =>
                c.Persona is { } persona && c.SuspectStyle is { } style && StyleChoices.IsReservedElsewhere(split, persona, style));
            foreach (var (persona, style) in StyleChoices.HeldOutFor(split))
            {
                Assert.Contains(corpus.Splits[split], c => c.Persona == persona && c.SuspectStyle == style);
            }
        }

        Assert.NotEmpty(StyleChoices.HeldOutFor(CorpusSplit.Validation));
        Assert.NotEmpty(StyleChoices.HeldOutFor(CorpusSplit.Test));
        Assert.Empty(StyleChoices.HeldOutForValidation.Intersect(StyleChoices.HeldOutForTest));
    }

    private static HashSet<string> Keys(IEnumerable<Phrasing> phrasings) =>
        phrasings.Where(p => p.Text.Length > 0).Select(p => PhrasingSplitter.KeyOf(p.Text)).ToHashSet(StringComparer.Ordinal);

    private HashSet<string> Texts(CorpusSplit split) =>
        corpus.Splits[split].SelectMany(c => c.Conversation.Messages).Select(m => m.Text).Where(text => text.Length > 0)
            .ToHashSet(StringComparer.Ordinal);
}
