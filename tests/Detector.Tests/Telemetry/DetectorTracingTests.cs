using System.Collections.Concurrent;
using System.Diagnostics;
using Detector.Conversations;
using Detector.Scoring;
using Detector.Tests.Scoring;

namespace Detector.Tests.Telemetry;

public class DetectorTracingTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task A_batch_is_one_activity_with_a_child_per_conversation(int parallelism)
    {
        var scorer = new ConversationScorer(new DetectorOptions { MaxDegreeOfParallelism = parallelism });
        using var activities = new Activities();
        using var test = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();

        Conversation[] batch = [ScoringFixtures.Benign, ScoringFixtures.Sextortion, ScoringFixtures.Benign with { Id = "bn2" }];
        await foreach (var _ in scorer.ScoreAsync(batch.ToAsyncEnumerable()))
        {
        }

        test.Stop();
        var mine = activities.InTrace(test.TraceId);
        var root = Assert.Single(mine, a => a.OperationName == "Detector.ScoreBatch");
        Assert.Equal(test.SpanId, root.ParentSpanId);
        Assert.Equal(3, root.GetTagItem("detector.conversation_count"));
        Assert.Equal(1, root.GetTagItem("detector.flagged_count"));

        var conversations = mine.Where(a => a.OperationName == "Detector.Score").ToList();
        Assert.Equal(3, conversations.Count);
        Assert.All(conversations, a => Assert.Equal(root.SpanId, a.ParentSpanId));
        Assert.Equal([4, 4, ScoringFixtures.Sextortion.Messages.Count], conversations.Select(a => (int)a.GetTagItem("detector.message_count")!).Order());
        var flagged = Assert.Single(conversations, a => (bool)a.GetTagItem("detector.flagged")!);
        Assert.Equal("critical", flagged.GetTagItem("detector.level"));
        Assert.All(conversations, a => Assert.True(a.Duration > TimeSpan.Zero));
    }

    [Fact]
    public void Scoring_one_conversation_is_one_activity_under_the_current_one()
    {
        var scorer = new ConversationScorer();
        using var activities = new Activities();
        using var test = new Activity("test").SetIdFormat(ActivityIdFormat.W3C).Start();

        scorer.Score(ScoringFixtures.Benign);

        Assert.Same(test, Activity.Current);
        test.Stop();
        var score = Assert.Single(activities.InTrace(test.TraceId));
        Assert.Equal(("Detector.Score", test.SpanId), (score.OperationName, score.ParentSpanId));
        Assert.Equal(false, score.GetTagItem("detector.flagged"));
        Assert.Equal("none", score.GetTagItem("detector.level"));
    }

    /// <summary>Every activity of the Detector source that stops while it listens.</summary>
    internal sealed class Activities : IDisposable
    {
        private readonly ConcurrentQueue<Activity> _stopped = new();
        private readonly ActivityListener _listener;

        public Activities()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Detector",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
                ActivityStopped = _stopped.Enqueue,
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public IReadOnlyList<Activity> All => [.. _stopped];

        /// <summary>The activities of one trace (tests running at once each have their own).</summary>
        public List<Activity> InTrace(ActivityTraceId trace) => [.. _stopped.Where(a => a.TraceId == trace)];

        public void Dispose() => _listener.Dispose();
    }
}
