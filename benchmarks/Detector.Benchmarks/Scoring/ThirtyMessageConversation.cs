using Detector.Conversations;

namespace Detector.Benchmarks.Scoring;

/// <summary>The conversation the scoring benchmarks score: 30 messages of befriending, a video call, the threat and the demands.</summary>
internal static class ThirtyMessageConversation
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

    /// <summary>The messages, a minute apart, from <c>u1</c> and <c>u2</c>.</summary>
    public static Message[] Messages() =>
    [
        .. Enumerable.Range(0, 30).Select(i => new Message(i % 3 == 1 ? "u2" : "u1", s_lines[i % s_lines.Length], MessageKind.Text,
            new DateTimeOffset(2026, 3, 1, 20, 0, 0, TimeSpan.Zero).AddMinutes(i))),
    ];
}
