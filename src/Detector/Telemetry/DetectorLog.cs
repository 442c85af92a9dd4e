using Detector.Scoring;
using Microsoft.Extensions.Logging;

namespace Detector.Telemetry;

/// <summary>
/// The scorer's log events, generated at compile time (no formatting unless the level is enabled). None carries message
/// text or participant ids; <see cref="ConversationFlagged"/> carries a conversation id and is only written when
/// <see cref="DetectorOptions.LogConversationIds"/> is set.
/// </summary>
internal static partial class DetectorLog
{
    [LoggerMessage(EventId = 1, EventName = "ScorerCreated", Level = LogLevel.Information,
        Message = "Detector scorer ready: rules {RulesVersion} ({RuleCount} rules), models {ModelVersion}, risk method {RiskMethod}, threshold {Threshold}")]
    public static partial void ScorerCreated(ILogger logger, string rulesVersion, int ruleCount, string modelVersion, RiskMethod riskMethod, double threshold);

    [LoggerMessage(EventId = 2, EventName = "RulePackLoaded", Level = LogLevel.Information,
        Message = "Loaded rule pack {PackId}@{PackVersion} from {Source}: {RuleCount} rules")]
    public static partial void RulePackLoaded(ILogger logger, string packId, string packVersion, string source, int ruleCount);

    [LoggerMessage(EventId = 3, EventName = "BatchScored", Level = LogLevel.Information,
        Message = "Scored {ConversationCount} conversations in {ElapsedMilliseconds:F0} ms, {FlaggedCount} flagged")]
    public static partial void BatchScored(ILogger logger, int conversationCount, int flaggedCount, double elapsedMilliseconds);

    [LoggerMessage(EventId = 4, EventName = "ConversationFlagged", Level = LogLevel.Debug,
        Message = "Conversation {ConversationId} flagged: level {Level}, risk {Risk:F3}")]
    public static partial void ConversationFlagged(ILogger logger, string conversationId, string level, double risk);
}
