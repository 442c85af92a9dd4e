using System.Collections.Concurrent;
using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Tests.Scoring;

/// <summary>
/// Eight threads share one scorer, each following several conversations at once through its own sessions (saving and
/// restoring them midway), and scoring whole ones and streamed batches: every result equals the single-threaded one.
/// </summary>
[Collection(RunAlone.Name)]
public class ConcurrencySoakTests
{
    private const int Threads = 8;
    private const int SessionsPerThread = 4;
    private const int Passes = 4;

    [Fact]
    public async Task Many_threads_sharing_one_scorer_get_exactly_the_single_threaded_results()
    {
        var scorer = new ConversationScorer(new DetectorOptions { IncludeExcerpts = true, MaxDegreeOfParallelism = 4 });
        var conversations = GeneratedConversations.All;
        var expected = conversations.Select(c => ScoringFixtures.Describe(scorer.Score(c))).ToArray();
        var mismatches = new ConcurrentQueue<string>();
        var compared = 0;
        void Check(int index, Assessment assessment, string how)
        {
            Interlocked.Increment(ref compared);
            if (ScoringFixtures.Describe(assessment) != expected[index])
            {
                mismatches.Enqueue($"{conversations[index].Id} ({how})");
            }
        }

        using var start = new Barrier(Threads);
        var workers = Enumerable.Range(0, Threads).Select(thread => Task.Factory.StartNew(async () =>
        {
            start.SignalAndWait();
            var mine = Enumerable.Range(0, conversations.Count).Where(i => i % Threads == thread).ToList();
            for (var pass = 0; pass < Passes; pass++)
            {
                // Sessions, interleaved: one message to each of this thread's sessions in turn, each saved and restored halfway.
                foreach (var group in mine.Chunk(SessionsPerThread))
                {
                    var sessions = group.Select(_ => scorer.CreateSession()).ToArray();
                    var longest = group.Max(i => conversations[i].Messages.Count);
                    for (var m = 0; m < longest; m++)
                    {
                        for (var s = 0; s < group.Length; s++)
                        {
                            var messages = conversations[group[s]].Messages;
                            if (m == messages.Count / 2)
                            {
                                sessions[s] = scorer.RestoreSession(sessions[s].Save());
                            }

                            if (m < messages.Count)
                            {
                                sessions[s].Append(messages[m]);
                            }
                        }
                    }

                    for (var s = 0; s < group.Length; s++)
                    {
                        Check(group[s], sessions[s].Current, "session");
                    }
                }

                // Whole conversations, then the same ones as a streamed batch scored in parallel.
                foreach (var i in mine)
                {
                    Check(i, scorer.Score(conversations[i]), "score");
                }

                var k = 0;
                await foreach (var scored in scorer.ScoreAsync(mine.Select(i => conversations[i]).ToAsyncEnumerable()))
                {
                    Check(mine[k++], scored.Assessment, "batch");
                }
            }
        }, TaskCreationOptions.LongRunning).Unwrap()).ToArray();

        await Task.WhenAll(workers);

        Assert.Empty(mismatches);
        Assert.Equal(Passes * 3 * conversations.Count, compared);
    }
}
