using BenchmarkDotNet.Attributes;
using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Benchmarks.Scoring;

/// <summary>
/// The whole pipeline with the bundled models: appending one message to a live session (rules, text model, features,
/// conversation model, assessment), and scoring a 30-message conversation in batch.
/// </summary>
[MemoryDiagnoser]
public class SessionBenchmarks
{
    private ConversationScorer _scorer = null!;
    private ConversationSession _session = null!;
    private Message[] _messages = [];
    private Conversation _conversation = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _scorer = new ConversationScorer();
        _messages = ThirtyMessageConversation.Messages();
        _conversation = new Conversation("bench", _messages);
        _session = _scorer.CreateSession();
        foreach (var message in _messages)
        {
            _session.Append(message);
        }
    }

    /// <summary>One message appended to a session already 30+ messages in (steady state).</summary>
    [Benchmark(Description = "ConversationSession.Append (one message, steady state)")]
    public Assessment AppendMessage() => _session.Append(_messages[_next++ % _messages.Length]);

    /// <summary>A 30-message conversation scored in batch (a new session per call).</summary>
    [Benchmark(Description = "ConversationScorer.Score (30-message conversation)")]
    public Assessment ScoreConversation() => _scorer.Score(_conversation);

    /// <summary>Saving a session's state to bytes and resuming it, as a stateless worker would per message.</summary>
    [Benchmark(Description = "Save + RestoreSession")]
    public int SaveAndRestore() => _scorer.RestoreSession(_session.Save()).MessageCount;
}
