using static Detector.Training.Corpus.SextortionSteps;

namespace Detector.Training.Corpus;

/// <summary>Plans a little everyday chat (questions, answers, remarks) between two participants.</summary>
internal static class SmallTalkPlanner
{
    /// <summary>
    /// Adds <paramref name="exchanges"/> exchanges between <paramref name="first"/> and <paramref name="second"/>;
    /// <paramref name="second"/> may answer with <paramref name="replyStep"/> (e.g. the victim's <c>smalltalk_reply</c>).
    /// </summary>
    public static void Add(List<Beat> beats, SeededRandom random, int exchanges, string first, string second, string? replyStep = null)
    {
        for (var i = 0; i < exchanges; i++)
        {
            var (asker, answerer) = random.Chance(0.5) ? (first, second) : (second, first);
            if (random.Chance(0.65))
            {
                beats.Add(new Beat(SmallTalkQuestion, asker, Gap.Reply));
                var answer = replyStep is not null && answerer == second && random.Chance(0.4) ? replyStep : SmallTalkAnswer;
                beats.Add(new Beat(answer, answerer, Gap.Reply));
            }
            else
            {
                beats.Add(new Beat(SmallTalkStatement, asker, Gap.Reply));
            }
        }
    }
}
