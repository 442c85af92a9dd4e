using System.Text;

namespace Detector.Benchmarks.Rules;

/// <summary>Benchmark inputs: a realistic mix of chat messages (20–200 characters) and long messages built from them.</summary>
internal static class ChatMessages
{
    public static readonly string[] Typical =
    [
        "hey how was your day?",
        "lol yeah same, school was so boring today",
        "what are you doing this weekend? wanna hang out",
        "Hey you don't know me but I saw your profile, we have mutual friends",
        "you're so handsome, seriously, you look mature for your age",
        "do you have snap? add me there, my insta is private",
        "I'm so lonely tonight... wanna have some fun? 😉",
        "send me a pic first, your turn",
        "let's video call, turn your cam on",
        "I recorded everything. I have your video.",
        "I have a screenshot of your followers and your family",
        "If you don't pay I'll send it to your family and everyone at your school",
        "You have 30 minutes. Pay £4,000 or your life is ruined",
        "ok then 150. how much can you send?",
        "send the gift card codes now, steam or apple",
        "pay to my bitcoin wallet 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2",
        "please don't do this, I'm begging you, I'm only 15",
        "I sent it, please delete it now",
        "I need another 200 and then I delete, one more payment",
        "you are a pervert and a loser",
        "Pleeease dont share it, im scared",
        "p4y m3 n0w or 3v3ry0n3 w1ll s33",
        "ｓｅｎｄ ｉｔ ｔｏ ｙｏｕｒ ｆａｍｉｌｙ",
        "did you finish the maths homework? it's due tomorrow",
        "mum says dinner is at 7, are you coming?",
        "That match last night was unreal!! 3-2 in the 90th minute",
        "can you send me the link to the playlist",
        "I'm at the bus stop, be there in 10",
        "happy birthday!!! 🎉🎂 have an amazing day",
        "ok see you tomorrow at practice",
        "I hacked your webcam and recorded you. Pay in bitcoin within 24h.",
        "Mi hermano está enfermo, necesito dinero para el hospital",
    ];

    /// <summary>A long message: the typical messages repeated up to <paramref name="length"/> characters.</summary>
    public static string Long(int length)
    {
        var builder = new StringBuilder(length + 256);
        for (var i = 0; builder.Length < length; i++)
        {
            builder.Append(Typical[i % Typical.Length]).Append(' ');
        }

        return builder.ToString(0, length);
    }
}
