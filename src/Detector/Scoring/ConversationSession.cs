using Detector.Conversations;
using Detector.Features;
using Detector.Models;

namespace Detector.Scoring;

/// <summary>
/// One conversation scored as it happens: <see cref="Append"/> each message as the platform receives it and act on
/// the assessment it returns. The state is bounded (it does not grow with the conversation) and can be saved to bytes
/// with <see cref="Save"/> and resumed elsewhere with <see cref="ConversationScorer.RestoreSession"/>.
/// </summary>
/// <remarks>
/// A session is not thread-safe: append to it from one thread at a time. Its scorer may be shared freely. A session
/// made by <see cref="ConversationScorer.CreateSession"/> keeps about 6 KB of tree state in memory (beyond what
/// <see cref="Save"/> writes) so that appending is fast; a restored one does without it.
/// </remarks>
public sealed class ConversationSession
{
    private readonly ConversationScorer _scorer;
    private readonly ConversationState _state;

    /// <summary>
    /// The conversation model's trees, followed message by message from the empty conversation, so an append
    /// re-evaluates only the trees its message can change (the same risk as evaluating them all, bit for bit). Not
    /// saved, and not made for a restored session, which evaluates every tree on each message as before: a worker that
    /// restores a session per message would pay more for catching up from the empty conversation than it saves.
    /// </summary>
    private readonly IncrementalTreeEvaluator? _trees;

    internal ConversationSession(ConversationScorer scorer, ConversationState state)
    {
        _scorer = scorer;
        _state = state;
        _trees = state.MessageCount == 0 ? scorer.TreeOrigin?.NewSequence() : null;
        Current = scorer.Assess(state, _trees);
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
        Current = _scorer.Assess(_state, _trees);
        _scorer.Telemetry.MessageScored(started);
        return Current;
    }

    /// <summary>The session's state as bytes, to resume it later (in this process or another) with the same scorer configuration.</summary>
    public byte[] Save() => SessionStateSerializer.Write(_state, _scorer.RulesVersion, _scorer.ModelVersion);
}
