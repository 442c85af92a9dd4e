using System.Text;
using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Tests.Scoring;

/// <summary>Conversations and helpers shared by the scoring tests.</summary>
internal static class ScoringFixtures
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 1, 20, 0, 0, TimeSpan.Zero);

    public static Conversation Sextortion { get; } = new("sx", Messages(
        ("u1", "heyy, think we have friends in common? saw u on tom's followers"),
        ("u2", "oh hey, who are you?"),
        ("u1", "jess, ur really cute btw"),
        ("u1", "add me on snap its easier"),
        ("u1", "wanna video call? turn your cam on"),
        ("u1", "i recorded everything. i have screenshots of all your followers and your family"),
        ("u1", "pay £4000 or i send the video to everyone you know"),
        ("u2", "please dont do this, im scared"),
        ("u1", "ok then £200 in amazon gift cards. you have 30 minutes"),
        ("u2", "i sent it"),
        ("u1", "i recorded you. pay £200 now or i send it to your family")));

    public static Conversation Benign { get; } = new("bn", Messages(
        ("a", "are we still on for dinner friday?"),
        ("b", "yes! 8pm ok?"),
        ("a", "perfect, see you there"),
        ("b", "bring the board game")));

    public static Message[] Messages(params (string From, string Text)[] messages) =>
        [.. messages.Select((m, i) => new Message(m.From, m.Text, MessageKind.Text, s_start.AddMinutes(3 * i)))];

    /// <summary>The assessment as its result line plus its explanation: equal strings mean equal assessments.</summary>
    public static string Describe(Assessment assessment)
    {
        var stream = new MemoryStream();
        using (var writer = new ScoreResultWriter(stream, leaveOpen: true))
        {
            writer.Write("x", assessment);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + assessment.Explanation;
    }
}
