using CsCheck;
using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Tests.Scoring;

/// <summary>
/// Properties of scoring over generated conversations (the corpus generator's validation split), each a bounded
/// number of cases so it takes a few seconds at most.
/// </summary>
public class ScoringPropertyTests
{
    private static readonly ConversationScorer s_scorer = new(new DetectorOptions { IncludeExcerpts = true });
    private static readonly IReadOnlyList<Conversation> s_conversations = GeneratedConversations.All;

    private static readonly Gen<Conversation> s_conversation = Gen.Int[0, s_conversations.Count - 1].Select(i => s_conversations[i]);

    [Fact]
    public void Saving_and_restoring_at_any_points_equals_never_saving() =>
        s_conversation
            .SelectMany(c => Gen.Int[0, c.Messages.Count].Array[1, 4].Select(points => (Conversation: c, Points: points.ToHashSet())))
            .Sample(sample =>
            {
                var session = s_scorer.CreateSession();
                for (var i = 0; i <= sample.Conversation.Messages.Count; i++)
                {
                    if (sample.Points.Contains(i))
                    {
                        var before = ScoringFixtures.Describe(session.Current);
                        session = s_scorer.RestoreSession(session.Save());
                        Assert.Equal(before, ScoringFixtures.Describe(session.Current));
                    }

                    if (i < sample.Conversation.Messages.Count)
                    {
                        session.Append(sample.Conversation.Messages[i]);
                    }
                }

                Assert.Equal(ScoringFixtures.Describe(s_scorer.Score(sample.Conversation)), ScoringFixtures.Describe(session.Current));
            }, iter: 300);

    [Fact]
    public void Every_incremental_assessment_equals_batch_scoring_of_that_prefix() =>
        s_conversation.Sample(conversation =>
        {
            var session = s_scorer.CreateSession();
            for (var i = 0; i < conversation.Messages.Count; i++)
            {
                var incremental = session.Append(conversation.Messages[i]);
                var prefix = conversation with { Messages = [.. conversation.Messages.Take(i + 1)] };
                Assert.Equal(ScoringFixtures.Describe(s_scorer.Score(prefix)), ScoringFixtures.Describe(incremental));
            }
        }, iter: 100);

    [Fact]
    public async Task Streamed_batch_scoring_in_parallel_equals_scoring_one_by_one()
    {
        var parallel = new ConversationScorer(new DetectorOptions { IncludeExcerpts = true, MaxDegreeOfParallelism = 4 });
        var expected = s_conversations.Select(c => ScoringFixtures.Describe(s_scorer.Score(c))).ToList();

        var actual = new List<string>();
        await foreach (var scored in parallel.ScoreAsync(s_conversations.ToAsyncEnumerable()))
        {
            actual.Add(ScoringFixtures.Describe(scored.Assessment));
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Scoring_is_deterministic_across_calls_and_scorer_instances()
    {
        var other = new ConversationScorer(new DetectorOptions { IncludeExcerpts = true });
        s_conversation.Sample(conversation =>
        {
            var first = ScoringFixtures.Describe(s_scorer.Score(conversation));
            Assert.Equal(first, ScoringFixtures.Describe(s_scorer.Score(conversation)));
            Assert.Equal(first, ScoringFixtures.Describe(other.Score(conversation)));
        }, iter: 200);
    }

    /// <summary>
    /// Everyday small talk (lines of the corpus's small-talk conversations) inserted anywhere, from either participant,
    /// never lifts an unflagged benign conversation to the threshold.
    /// </summary>
    /// <remarks>
    /// This property failed with the models up to 0.1.0+3a197d7d (issue 8): validation-000127 (0.962 against a threshold
    /// of 0.928, seed dNm0iTByDol2), validation-000267, validation-000383, and validation-000000 (below the low cut-off,
    /// critical after eight lines): the conversation model read length as risk (message counts, positions and recency
    /// counted in all messages) and the trees split on text-model maxima of a few hundredths, which a line about the
    /// weather moves; the risk is a high-water mark, so every extra message was another chance. It holds by design
    /// now: the features count evident messages only (their positions and their timestamps) and read text-model maxima
    /// from <c>ConversationState.TextHeardProbability</c> (0.4) up, so a line that fires no rule and scores below that
    /// leaves the feature vector exactly as it was (<c>ConversationFeaturesTests</c>), and the trees are trained on
    /// conversations with small talk inserted and openings dropped (<c>SmallTalkAugmentation</c>,
    /// <c>MidConversationCrop</c>). With a floor of 0.15 (models 0.1.0+8f467d2d) it failed again on a CI seed
    /// (validation-000225, 0.966 against 0.935): nine of the small-talk lines score between 0.15 and 0.38.
    /// </remarks>
    [Fact]
    public void Benign_small_talk_between_the_messages_of_an_unflagged_benign_conversation_never_flags_it()
    {
        var benign = GeneratedConversations.Benign.Where(c => !s_scorer.Score(c).Flagged).ToList();
        var smallTalk = GeneratedConversations.SmallTalk;
        Assert.True(benign.Count >= 100, $"only {benign.Count} unflagged benign conversations");
        Assert.True(smallTalk.Count >= 30, $"only {smallTalk.Count} small-talk lines");

        var insertion = Gen.Select(Gen.Int[0, 1_000], Gen.Int[0, 1], Gen.Int[0, smallTalk.Count - 1]);
        Gen.Select(Gen.Int[0, benign.Count - 1], insertion.Array[1, 12]).Sample((index, insertions) =>
        {
            var conversation = benign[index];
            var participants = conversation.Messages.Select(m => m.From).Distinct(StringComparer.Ordinal).ToList();
            var messages = conversation.Messages.ToList();
            foreach (var (position, sender, line) in insertions)
            {
                var at = position % (messages.Count + 1);
                var timestamp = at > 0 ? messages[at - 1].At : messages.Count > 0 ? messages[0].At : null;
                messages.Insert(at, new Message(participants[sender % participants.Count], smallTalk[line], MessageKind.Text, timestamp));
            }

            var assessment = s_scorer.Score(conversation with { Messages = messages });
            Assert.False(assessment.Flagged,
                $"{conversation.Id} with small talk scored {assessment.Risk:F3} (threshold {s_scorer.Threshold:F3}): {assessment.Explanation}");
        }, iter: 400);
    }
}
