using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Tests.Scoring;

public class ConversationScorerTests
{
    private static List<Conversation> ManyConversations() =>
        [.. Enumerable.Range(0, 200).Select(i => (i % 3 == 0 ? ScoringFixtures.Sextortion : ScoringFixtures.Benign) with { Id = $"c{i}" })];

    [Fact]
    public void Many_threads_sharing_one_scorer_get_what_one_thread_gets()
    {
        var scorer = new ConversationScorer();
        var conversations = ManyConversations();
        var expected = conversations.Select(c => ScoringFixtures.Describe(scorer.Score(c))).ToArray();

        var actual = new string[conversations.Count];
        Parallel.For(0, conversations.Count * 4, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var index = i % conversations.Count;
            var description = ScoringFixtures.Describe(scorer.Score(conversations[index]));
            Assert.Equal(expected[index], description);
            actual[index] = description;
        });

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Parallel_batch_scoring_keeps_input_order_and_results()
    {
        var conversations = ManyConversations();
        var sequential = new ConversationScorer();
        var parallel = new ConversationScorer(new DetectorOptions { MaxDegreeOfParallelism = 4 });

        var results = new List<ScoredConversation>();
        await foreach (var scored in parallel.ScoreAsync(conversations.ToAsyncEnumerable()))
        {
            results.Add(scored);
        }

        Assert.Equal(conversations.Select(c => c.Id), results.Select(r => r.Conversation.Id));
        Assert.Equal(
            conversations.Select(c => ScoringFixtures.Describe(sequential.Score(c))),
            results.Select(r => ScoringFixtures.Describe(r.Assessment)));
    }

    [Fact]
    public async Task Batch_scoring_stops_when_cancelled()
    {
        using var cancellation = new CancellationTokenSource();
        var scorer = new ConversationScorer(new DetectorOptions { MaxDegreeOfParallelism = 2 });
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in scorer.ScoreAsync(Endless(), cancellation.Token))
            {
                if (++seen == 10)
                {
                    await cancellation.CancelAsync();
                }
            }
        });

        static async IAsyncEnumerable<Conversation> Endless()
        {
            for (var i = 0; ; i++)
            {
                await Task.Yield();
                yield return ScoringFixtures.Benign with { Id = $"e{i}" };
            }
        }
    }

    [Fact]
    public void Without_bundled_models_the_scorer_uses_rules_alone_and_says_so()
    {
        var scorer = new ConversationScorer();
        var assessment = scorer.Score(ScoringFixtures.Sextortion);

        Assert.Equal(scorer.RulesVersion, assessment.RulesVersion);
        Assert.Equal(scorer.ModelVersion, assessment.ModelVersion);
        Assert.True(assessment.Flagged);
        Assert.Equal(RiskLevel.Critical, assessment.Level);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void A_threshold_outside_0_to_1_is_refused(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ConversationScorer(new DetectorOptions { Threshold = threshold }));
    }

    [Theory]
    [InlineData("soy menor, tengo 13")]
    [InlineData("im 14 btw")]
    public void A_minor_stating_their_age_before_anyone_is_suspected_is_shown(string text)
    {
        // Nobody has sent a perpetrator signal, so the only evident sender is the suspect by tie-break alone; their
        // victim-side signal must not be hidden as if they were the perpetrator.
        var assessment = new ConversationScorer().Score(new Conversation("c", [new Message("u1", text)]));

        Assert.Contains(assessment.Signals, signal => signal.Name == "minor_indicator");
        Assert.Null(assessment.Suspect);
    }

    [Fact]
    public void A_suspects_own_victim_side_signals_stay_hidden()
    {
        var assessment = new ConversationScorer().Score(new Conversation("c",
        [
            new Message("u1", "im 14 btw"),
            new Message("u1", "I recorded you. send me 200 in gift cards or your family sees the video"),
        ]));

        Assert.Contains(assessment.Signals, signal => signal.Name == "recording_claim");
        Assert.DoesNotContain(assessment.Signals, signal => signal.Name == "minor_indicator");
    }

    [Fact]
    public void A_missing_model_directory_is_refused_with_its_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => new ConversationScorer(new DetectorOptions { ModelDirectory = "/no/such/models" }));

        Assert.Contains("/no/such/models", error.Message, StringComparison.Ordinal);
    }
}
