using Detector.Conversations;
using Detector.Features;

namespace Detector.Scoring;

/// <summary>
/// One conversation scored as it happens: <see cref="Append"/> each message as the platform receives it and act on
/// the assessment it returns. The state is bounded (it does not grow with the conversation) and can be saved to bytes
/// with <see cref="Save"/> and resumed elsewhere with <see cref="ConversationScorer.RestoreSession"/>.
/// </summary>
/// <remarks>A session is not thread-safe: append to it from one thread at a time. Its scorer may be shared freely.</remarks>
public sealed class ConversationSession
{
    private readonly ConversationScorer _scorer;
    private readonly ConversationState _state;

    internal ConversationSession(ConversationScorer scorer, ConversationState state)
    {
        _scorer = scorer;
        _state = state;
        Current = scorer.Assess(state);
    }

    /// <summary>The assessment after the last message appended (an empty one before any).</summary>
    public Assessment Current { get; private set; }

    /// <summary>How many messages have been appended.</summary>
    public int MessageCount => _state.MessageCount;

    internal ConversationState State => _state;

    /// <summary>Adds the next message of the conversation and returns the assessment after it.</summary>
    public Assessment Append(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var started = _scorer.Telemetry.StartMessage();
        MessageRecorder.Record(_scorer, _state, message);
        Current = _scorer.Assess(_state);
        _scorer.Telemetry.MessageScored(started);
        return Current;
    }

    /// <summary>The session's state as bytes, to resume it later (in this process or another) with the same scorer configuration.</summary>
    public byte[] Save() => SessionStateSerializer.Write(_state, _scorer.RulesVersion, _scorer.ModelVersion);
}
