namespace Detector.Training.Corpus;

/// <summary>The beats of a plan being written, with shorthands for a certain and a probable message.</summary>
internal sealed class BeatList(SeededRandom random) : List<Beat>
{
    public void Add(string step, string from, Gap gap = Gap.Reply) => Add(new Beat(step, from, gap));

    /// <summary>Adds the beat with probability <paramref name="probability"/>.</summary>
    public void Maybe(double probability, string step, string from, Gap gap = Gap.Reply)
    {
        if (random.Chance(probability))
        {
            Add(step, from, gap);
        }
    }
}
