namespace Detector.Training.Corpus;

/// <summary>
/// Plans benign conversations: a theme's script (optional steps included about half the time, a little small talk
/// now and then) or plain everyday chat made of small talk.
/// </summary>
internal static class BenignComposer
{
    /// <summary>Theme files that are ordinary chat rather than hard negatives.</summary>
    public static readonly IReadOnlySet<string> EverydayThemes =
        new SortedSet<string>(StringComparer.Ordinal) { "everyday_chat", "gaming_friends", "school_group_chat" };

    public const string SmallTalkTheme = "smalltalk";

    public static BenignPlan FromTheme(ThemeBank theme, SeededRandom random, string a, string b)
    {
        var beats = new List<Beat>();
        var script = random.Pick(theme.Scripts);
        string? previous = null;
        foreach (var entry in script)
        {
            if (entry.Optional && random.Chance(0.5))
            {
                continue;
            }

            var from = theme.Steps[entry.Name].Role == "a" ? a : b;
            beats.Add(new Beat(entry.Name, from, from == previous ? Gap.Reply : random.Chance(0.8) ? Gap.Reply : Gap.Next));
            previous = from;
            if (random.Chance(0.1))
            {
                SmallTalkPlanner.Add(beats, random, 1, a, b);
                previous = null;
            }
        }

        return new BenignPlan(beats, theme.Name);
    }

    public static BenignPlan SmallTalk(SeededRandom random, string a, string b)
    {
        var beats = new List<Beat>();
        SmallTalkPlanner.Add(beats, random, random.Between(2, 7), a, b);
        return new BenignPlan(beats, SmallTalkTheme);
    }
}
