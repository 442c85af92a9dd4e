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
    private static readonly string[] s_lines =
    [
        "heyy, think we have friends in common? saw u on tom's followers",
        "oh hey, who are you?",
        "jess, ur really cute btw 😊",
        "haha thanks",
        "add me on snap its easier, im so bored tonight",
        "wanna video call? i'll turn my cam on first",
        "lol ok give me 5 min",
        "how was school today",
        "fine, tired. football practice later",
        "i recorded everything. i have screenshots of all your followers and your family",
        "pay £4000 or i send the video to everyone you know",
        "please dont do this, i dont have that money",
        "ok then £200 in amazon gift cards. you have 30 minutes",
        "i sent it",
        "i need another 200 or it goes online",
    ];

    private ConversationScorer _scorer = null!;
    private ConversationSession _session = null!;
    private Message[] _messages = [];
    private Conversation _conversation = null!;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        _scorer = new ConversationScorer();
        _messages = [.. Enumerable.Range(0, 30).Select(i => new Message(i % 3 == 1 ? "u2" : "u1", s_lines[i % s_lines.Length], MessageKind.Text,
            new DateTimeOffset(2026, 3, 1, 20, 0, 0, TimeSpan.Zero).AddMinutes(i)))];
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
