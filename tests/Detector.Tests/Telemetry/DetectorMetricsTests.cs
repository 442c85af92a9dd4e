using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Detector.Conversations;
using Detector.Scoring;
using Detector.Tests.Scoring;
using Microsoft.Extensions.DependencyInjection;

namespace Detector.Tests.Telemetry;

public class DetectorMetricsTests
{
    [Fact]
    public async Task Counters_and_histograms_record_scoring_with_the_level_tag()
    {
        using var provider = new ServiceCollection().AddMetrics().AddDetector().BuildServiceProvider();
        var scorer = provider.GetRequiredService<ConversationScorer>();
        using var measurements = new Measurements(provider.GetRequiredService<IMeterFactory>());
        var sextortion = scorer.Score(ScoringFixtures.Sextortion);

        Conversation[] batch = [ScoringFixtures.Benign, ScoringFixtures.Sextortion with { Id = "sx2" }];
        await foreach (var _ in scorer.ScoreAsync(batch.ToAsyncEnumerable()))
        {
        }

        var session = scorer.CreateSession();
        session.Append(ScoringFixtures.Benign.Messages[0]);

        var messages = ScoringFixtures.Sextortion.Messages.Count * 2 + ScoringFixtures.Benign.Messages.Count + 1;
        Assert.Equal(3, measurements.Sum("detector.conversations.scored"));
        Assert.Equal(messages, measurements.Sum("detector.messages.scored"));
        var flagged = measurements.Of("detector.conversations.flagged");
        Assert.Equal(2, flagged.Count);
        Assert.All(flagged, m =>
        {
            var tag = Assert.Single(m.Tags);
            Assert.Equal(("level", "critical"), (tag.Key, tag.Value));
        });
        Assert.Equal(RiskLevel.Critical, sextortion.Level);

        var messageDurations = measurements.Of("detector.message.duration");
        var conversationDurations = measurements.Of("detector.conversation.duration");
        Assert.Equal(messages, messageDurations.Count);
        Assert.Equal(3, conversationDurations.Count);
        Assert.All(messageDurations.Concat(conversationDurations), m => Assert.True(m.Value >= 0 && m.Tags.Length == 0));
        Assert.True(conversationDurations.Sum(m => m.Value) > 0);
        Assert.Equal("ms", measurements.Units["detector.message.duration"]);
    }

    [Fact]
    public void Nothing_is_recorded_for_instruments_nobody_listens_to()
    {
        using var provider = new ServiceCollection().AddMetrics().AddDetector().BuildServiceProvider();
        var scorer = provider.GetRequiredService<ConversationScorer>();
        using var measurements = new Measurements(provider.GetRequiredService<IMeterFactory>(), only: "detector.conversations.scored");

        scorer.Score(ScoringFixtures.Sextortion);

        Assert.Equal(1, measurements.Sum("detector.conversations.scored"));
        Assert.Empty(measurements.Of("detector.messages.scored"));
        Assert.Empty(measurements.Of("detector.message.duration"));
    }

    /// <summary>The measurements of the meter that <paramref name="meterFactory"/> made (so tests running at once do not mix).</summary>
    private sealed class Measurements : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentQueue<(string Instrument, double Value, KeyValuePair<string, object?>[] Tags)> _seen = new();

        public Measurements(IMeterFactory meterFactory, string? only = null)
        {
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meterFactory && instrument.Meter.Name == "Detector" && (only is null || instrument.Name == only))
                {
                    Units[instrument.Name] = instrument.Unit;
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => _seen.Enqueue((instrument.Name, value, tags.ToArray())));
            _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => _seen.Enqueue((instrument.Name, value, tags.ToArray())));
            _listener.Start();
        }

        public ConcurrentDictionary<string, string?> Units { get; } = new();

        public List<(double Value, KeyValuePair<string, object?>[] Tags)> Of(string instrument) =>
            [.. _seen.Where(m => m.Instrument == instrument).Select(m => (m.Value, m.Tags))];

        public double Sum(string instrument) => Of(instrument).Sum(m => m.Value);

        public void Dispose() => _listener.Dispose();
    }
}
