using System.Diagnostics;
using System.Diagnostics.Metrics;
using Detector.Conversations;
using Detector.Rules;
using Detector.Scoring;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Detector.Telemetry;

/// <summary>
/// The scorer's metrics, traces and logs, in the shapes OpenTelemetry collects: a <see cref="Meter"/> and an
/// <see cref="ActivitySource"/> both named <see cref="Name"/>, and an <see cref="ILogger"/>. Nothing recorded ever holds
/// message text or participant ids; conversation ids are logged only when asked for.
/// </summary>
/// <remarks>
/// Recording is cheap when nobody listens: each instrument is checked with <see cref="Instrument.Enabled"/> first, times
/// are taken with <see cref="Stopwatch.GetTimestamp"/>, and an append allocates nothing.
/// </remarks>
internal sealed class DetectorTelemetry
{
    /// <summary>The name of the meter and of the activity source.</summary>
    public const string Name = "Detector";

    /// <summary>The activity of one <see cref="ConversationScorer.ScoreAsync"/> call.</summary>
    public const string BatchActivity = "Detector.ScoreBatch";

    /// <summary>The activity of one conversation scored whole.</summary>
    public const string ScoreActivity = "Detector.Score";

    private const string LevelTag = "level";

    private static readonly string? s_version = typeof(DetectorTelemetry).Assembly.GetName().Version?.ToString();
    private static readonly ActivitySource s_activitySource = new(Name, s_version);
    private static readonly Lazy<DetectorTelemetry> s_shared = new(() => new DetectorTelemetry(meterFactory: null, loggerFactory: null, logConversationIds: false));

    // Latencies run from microseconds (one message) to seconds (a long conversation).
    private static readonly InstrumentAdvice<double> s_durationAdvice = new()
    {
        HistogramBucketBoundaries = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500],
    };

    private readonly Counter<long> _conversationsScored;
    private readonly Counter<long> _messagesScored;
    private readonly Counter<long> _conversationsFlagged;
    private readonly Histogram<double> _messageDuration;
    private readonly Histogram<double> _conversationDuration;
    private readonly ILogger _logger;
    private readonly bool _logConversationIds;

    /// <summary>Creates the telemetry of a scorer.</summary>
    /// <param name="meterFactory">Creates the meter (as dependency injection provides it); <see langword="null"/> uses a process-wide one.</param>
    /// <param name="loggerFactory">Creates the logger; <see langword="null"/> logs nothing.</param>
    /// <param name="logConversationIds">Whether flagged conversations are logged (at debug level) by id.</param>
    public DetectorTelemetry(IMeterFactory? meterFactory, ILoggerFactory? loggerFactory, bool logConversationIds)
    {
        var meter = meterFactory?.Create(new MeterOptions(Name) { Version = s_version }) ?? SharedMeter.Instance;
        _conversationsScored = meter.CreateCounter<long>("detector.conversations.scored", "{conversation}", "Conversations scored whole.");
        _messagesScored = meter.CreateCounter<long>("detector.messages.scored", "{message}", "Messages appended to sessions (including those of conversations scored whole).");
        _conversationsFlagged = meter.CreateCounter<long>("detector.conversations.flagged", "{conversation}", "Conversations scored whole that were flagged, by level.");
        _messageDuration = meter.CreateHistogram("detector.message.duration", "ms", "Time to append one message and assess the conversation.", tags: null, s_durationAdvice);
        _conversationDuration = meter.CreateHistogram("detector.conversation.duration", "ms", "Time to score one conversation whole.", tags: null, s_durationAdvice);
        _logger = loggerFactory is null ? NullLogger.Instance : loggerFactory.CreateLogger<ConversationScorer>();
        _logConversationIds = logConversationIds;
    }

    /// <summary>The telemetry of scorers built without dependency injection: the process-wide meter, no logging.</summary>
    public static DetectorTelemetry Shared => s_shared.Value;

    /// <summary>A timestamp to pass to <see cref="MessageScored"/>, or 0 when its latency is not being recorded.</summary>
    public long StartMessage() => _messageDuration.Enabled ? Stopwatch.GetTimestamp() : 0;

    /// <summary>Records a message appended since <paramref name="started"/> (from <see cref="StartMessage"/>).</summary>
    public void MessageScored(long started)
    {
        if (_messagesScored.Enabled)
        {
            _messagesScored.Add(1);
        }

        if (started != 0)
        {
            _messageDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Starts the activity of a conversation scored whole (<see langword="null"/> when nobody listens).</summary>
    /// <param name="parent">The batch's activity context, or default for the current activity.</param>
    /// <param name="started">A timestamp to pass to <see cref="ConversationScored"/>, or 0 when its latency is not being recorded.</param>
    public Activity? StartConversation(ActivityContext parent, out long started)
    {
        started = _conversationDuration.Enabled ? Stopwatch.GetTimestamp() : 0;
        return s_activitySource.StartActivity(ScoreActivity, ActivityKind.Internal, parent);
    }

    /// <summary>Records a conversation scored whole, tagging its activity (which the caller ends).</summary>
    public void ConversationScored(Conversation conversation, Assessment assessment, Activity? activity, long started)
    {
        if (started != 0)
        {
            _conversationDuration.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        if (_conversationsScored.Enabled)
        {
            _conversationsScored.Add(1);
        }

        if (assessment.Flagged && _conversationsFlagged.Enabled)
        {
            _conversationsFlagged.Add(1, new KeyValuePair<string, object?>(LevelTag, WireNames<RiskLevel>.Of(assessment.Level)));
        }

        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("detector.message_count", conversation.Messages.Count);
            activity.SetTag("detector.level", WireNames<RiskLevel>.Of(assessment.Level));
            activity.SetTag("detector.flagged", assessment.Flagged);
        }

        if (assessment.Flagged && _logConversationIds && _logger.IsEnabled(LogLevel.Debug))
        {
            var level = WireNames<RiskLevel>.Of(assessment.Level);
            DetectorLog.ConversationFlagged(_logger, conversation.Id, level, assessment.Risk);
        }
    }

    /// <summary>Starts the activity of a batch (<see langword="null"/> when nobody listens).</summary>
    public static Activity? StartBatch() => s_activitySource.StartActivity(BatchActivity);

    /// <summary>Records a finished batch and ends its activity.</summary>
    public void BatchScored(Activity? activity, int conversations, int flagged, long started)
    {
        if (activity is { IsAllDataRequested: true })
        {
            activity.SetTag("detector.conversation_count", conversations);
            activity.SetTag("detector.flagged_count", flagged);
        }

        activity?.Dispose();
        if (_logger.IsEnabled(LogLevel.Information))
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            DetectorLog.BatchScored(_logger, conversations, flagged, elapsed.TotalMilliseconds);
        }
    }

    /// <summary>Logs a rule pack loaded from a file.</summary>
    public void RulePackLoaded(RulePack pack)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            DetectorLog.RulePackLoaded(_logger, pack.Id, pack.Version, pack.Source, pack.Rules.Count);
        }
    }

    /// <summary>Logs a scorer ready to score.</summary>
    public void ScorerCreated(ConversationScorer scorer)
    {
        if (_logger.IsEnabled(LogLevel.Information))
        {
            DetectorLog.ScorerCreated(_logger, scorer.RulesVersion, scorer.Rules.Rules.Count, scorer.ModelVersion ?? "none", scorer.Method, scorer.Threshold);
        }
    }

    /// <summary>The meter of scorers built without a meter factory, created on first use.</summary>
    private static class SharedMeter
    {
        public static readonly Meter Instance = new(Name, s_version);
    }
}
