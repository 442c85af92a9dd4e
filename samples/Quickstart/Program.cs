using Detector.Conversations;
using Detector.Scoring;

// One scorer per process: it loads the bundled rule packs and models once and is thread-safe.
var scorer = new ConversationScorer();

// A session follows one conversation as it happens; append each message as it arrives.
var session = scorer.CreateSession();
var start = new DateTimeOffset(2026, 3, 1, 20, 14, 0, TimeSpan.Zero);
Message[] messages =
[
    new("jess.x", "heyy, think we have a few friends in common?", At: start),
    new("sam_k", "oh hey, yeah maybe! who are you?", At: start.AddMinutes(2)),
    new("jess.x", "wanna video call? i'll turn my cam on first", At: start.AddMinutes(20)),
    new("jess.x", "", MessageKind.VideoCall, start.AddMinutes(27)),
    new("jess.x", "i recorded everything. pay £4000 or i send the video to everyone you know", At: start.AddMinutes(44)),
    new("sam_k", "please dont do this, i dont have that money", At: start.AddMinutes(46)),
    new("jess.x", "ok then £200 in amazon gift cards. you have 30 minutes", At: start.AddMinutes(48)),
];
foreach (var message in messages)
{
    session.Append(message);
}

Console.WriteLine(session.Current.Explanation);
