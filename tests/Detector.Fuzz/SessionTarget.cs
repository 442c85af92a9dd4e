using System.Text;
using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Fuzz;

/// <summary>
/// Fuzz target <c>session</c>, on the scorer with the bundled models and excerpts on:
/// <list type="number">
/// <item>the bytes as messages (<see cref="FuzzInput.Messages"/>) appended to a session that is saved and restored
/// before every message, and to one that never is: their assessments must be identical after every message;</item>
/// <item>the bytes as saved session state: <see cref="ConversationScorer.RestoreSession"/> must refuse them with
/// <see cref="InvalidDataException"/> or give a session that takes messages and saves again like any other.</item>
/// </list>
/// </summary>
public static class SessionTarget
{
    private const int MaxMessages = 64;
    private static readonly ConversationScorer s_scorer = new(new DetectorOptions { IncludeExcerpts = true });

    /// <summary>Runs the target on one input.</summary>
    public static void Run(byte[] input)
    {
        var messages = FuzzInput.Messages(input, MaxMessages);
        var straight = s_scorer.CreateSession();
        var resumed = s_scorer.CreateSession();
        for (var i = 0; i < messages.Count; i++)
        {
            var before = Describe(resumed.Current);
            resumed = s_scorer.RestoreSession(resumed.Save());
            FuzzAssert.Equal(before, Describe(resumed.Current), $"restoring changed the assessment before message {i}");

            var expected = Describe(straight.Append(messages[i]));
            FuzzAssert.Equal(expected, Describe(resumed.Append(messages[i])), $"save and restore changed the assessment of message {i}");
        }

        RestoreRawBytes(input);
    }

    private static void RestoreRawBytes(byte[] input)
    {
        ConversationSession session;
        try
        {
            session = s_scorer.RestoreSession(input);
        }
        catch (InvalidDataException)
        {
            return;
        }

        session.Append(new Message("u1", "i recorded you. pay £200 in gift cards or i send it to your family"));
        session.Append(new Message("u2", "ok"));
        var again = s_scorer.RestoreSession(session.Save());
        FuzzAssert.Equal(Describe(session.Current), Describe(again.Current), "a session restored from accepted bytes did not survive a second save");
    }

    /// <summary>Everything an assessment says, as the CLI writes it plus the explanation.</summary>
    private static string Describe(Assessment assessment)
    {
        var stream = new MemoryStream();
        using (var writer = new ScoreResultWriter(stream, leaveOpen: true))
        {
            writer.Write("fuzz", assessment);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + assessment.Explanation;
    }
}
