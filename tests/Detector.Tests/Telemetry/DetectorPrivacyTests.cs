using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Detector.Conversations;
using Detector.Scoring;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Detector.Tests.Telemetry;

/// <summary>Logs, traces and metrics never carry message text or participant ids; conversation ids only when asked.</summary>
public class DetectorPrivacyTests
{
    private const string ConversationId = "conv-QX7Z-unique-id";
    private const string Suspect = "suspect-VV93-handle";
    private const string Victim = "victim-KP28-handle";

    // Every message carries a word found nowhere else, so any fragment of text in telemetry is caught.
    private const string TextMarker = "Zyzzogeton";

    private static readonly Conversation s_conversation = new(ConversationId, [
        new Message(Suspect, $"hey {TextMarker}, think we have friends in common?"),
        new Message(Victim, $"who are you {TextMarker}"),
        new Message(Suspect, $"wanna video call? turn your cam on {TextMarker}"),
        new Message(Suspect, $"i recorded everything {TextMarker}. pay £4000 or i send the video to your family"),
        new Message(Victim, $"please dont {TextMarker}"),
        new Message(Suspect, $"ok £200 in gift cards, you have 30 minutes {TextMarker}"),
    ]);

    [Fact]
    public async Task Telemetry_holds_no_text_and_no_participant_or_conversation_id_by_default()
    {
        var (assessment, logs, telemetry) = await ScoreWithEverythingListening(logConversationIds: false);

        Assert.True(assessment.Flagged);
        var excerpts = assessment.Signals.Select(signal => signal.Excerpt!).ToArray();
        Assert.All(excerpts, excerpt => Assert.False(string.IsNullOrEmpty(excerpt)));
        Assert.Contains(logs, e => e.Name == "BatchScored");
        Assert.Contains(logs, e => e.Name == "ScorerCreated");
        Assert.DoesNotContain(logs, e => e.Name == "ConversationFlagged");
        Assert.NotEmpty(telemetry);
        foreach (var text in logs.Select(e => e.AllText).Concat(telemetry))
        {
            AssertNoneOf(text, [TextMarker, Suspect, Victim, ConversationId, .. excerpts]);
        }
    }

    [Fact]
    public async Task Conversation_ids_are_logged_at_debug_level_only_when_asked_and_text_never()
    {
        var (_, logs, telemetry) = await ScoreWithEverythingListening(logConversationIds: true);

        var flagged = logs.Where(e => e.Name == "ConversationFlagged").ToList();
        Assert.Equal(2, flagged.Count);
        Assert.All(flagged, e =>
        {
            Assert.Equal(LogLevel.Debug, e.Level);
            Assert.Contains(ConversationId, e.Message, StringComparison.Ordinal);
        });
        foreach (var text in logs.Select(e => e.AllText).Concat(telemetry))
        {
            AssertNoneOf(text, TextMarker, Suspect, Victim);
        }

        Assert.All(telemetry, text => Assert.DoesNotContain(ConversationId, text, StringComparison.Ordinal));
    }

    private static void AssertNoneOf(string text, params IEnumerable<string> secrets)
    {
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Scores the conversation whole, in a batch and message by message (with excerpts on), and returns every log event
    /// and, as text, every activity (name, tags, baggage) and every measurement's tags.
    /// </summary>
    private static async Task<(Assessment Assessment, IReadOnlyList<LogCapture.LogEvent> Logs, List<string> Telemetry)> ScoreWithEverythingListening(bool logConversationIds)
    {
        var logs = new LogCapture();
        using var provider = new ServiceCollection()
            .AddMetrics()
            .AddSingleton<ILoggerFactory>(logs)
            .AddDetector(options =>
            {
                options.IncludeExcerpts = true;
                options.LogConversationIds = logConversationIds;
            })
            .BuildServiceProvider();
        var meterFactory = provider.GetRequiredService<IMeterFactory>();
        var telemetry = new ConcurrentQueue<string>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meterFactory)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((instrument, value, tags, _) => telemetry.Enqueue($"{instrument.Name} {string.Join(' ', tags.ToArray())}"));
        meters.SetMeasurementEventCallback<double>((instrument, value, tags, _) => telemetry.Enqueue($"{instrument.Name} {string.Join(' ', tags.ToArray())}"));
        meters.Start();
        using var activities = new DetectorTracingTests.Activities();
        using var test = new Activity("privacy").SetIdFormat(ActivityIdFormat.W3C).Start();

        var scorer = provider.GetRequiredService<ConversationScorer>();
        var assessment = scorer.Score(s_conversation);
        await foreach (var _ in scorer.ScoreAsync(new[] { s_conversation }.ToAsyncEnumerable()))
        {
        }

        var session = scorer.CreateSession();
        foreach (var message in s_conversation.Messages)
        {
            session.Append(message);
        }

        test.Stop();
        foreach (var activity in activities.InTrace(test.TraceId))
        {
            telemetry.Enqueue(string.Join(' ', [activity.OperationName, activity.DisplayName, .. activity.TagObjects.Select(t => $"{t.Key}={t.Value}"), .. activity.Baggage.Select(b => $"{b.Key}={b.Value}")]));
        }

        Assert.Contains(telemetry, text => text.StartsWith("Detector.ScoreBatch", StringComparison.Ordinal));
        return (assessment, logs.Events, [.. telemetry]);
    }
}
