namespace Detector.Rules;

/// <summary>
/// Finds phrases that load but very likely do not say what their author meant, for <c>detector rules lint</c>. An
/// alternative (<c>a|b</c>) is always one word, so a phrase written as if it could be a word sequence silently matches
/// something else: <c>moneygram|money gram</c> reads as "(moneygram or money) gram" and never matches "moneygram" alone;
/// <c>im|i am so lonely</c> reads as "(im or i) am so lonely". Two exact signatures are checked:
/// <list type="bullet">
/// <item>an alternative is another alternative of the same word joined to the plain word beside it
/// (<c>moneygram</c> = <c>money</c> + <c>gram</c>);</item>
/// <item>a word offers a contraction and, with the plain word beside it, the words it contracts
/// (<c>im|i</c> before <c>am</c>).</item>
/// </list>
/// </summary>
internal static class RulePackWarnings
{
    /// <summary>
    /// Contractions as the normaliser writes them (apostrophes removed) and the two words each stands for. <c>were</c>
    /// and <c>well</c> are left out: as words of their own they are too common ("we were|are here") to warn of.
    /// </summary>
    private static readonly (string Contraction, string First, string Second)[] s_contractions =
    [
        ("im", "i", "am"), ("ive", "i", "have"), ("ill", "i", "will"), ("id", "i", "would"), ("youre", "you", "are"),
        ("youll", "you", "will"), ("theyre", "they", "are"), ("its", "it", "is"),
        ("thats", "that", "is"), ("whats", "what", "is"), ("dont", "do", "not"), ("cant", "can", "not"),
        ("wont", "will", "not"), ("isnt", "is", "not"), ("arent", "are", "not"), ("lets", "let", "us"),
        ("gonna", "going", "to"), ("wanna", "want", "to"), ("gotta", "got", "to"), ("jai", "je", "ai"), ("cest", "c", "est"),
    ];

    /// <summary>The warnings for <paramref name="pack"/>, each naming <paramref name="file"/>, the rule and the phrase.</summary>
    public static IEnumerable<RulePackProblem> Find(RulePack pack, string file)
    {
        ArgumentNullException.ThrowIfNull(pack);
        foreach (var rule in pack.Rules)
        {
            foreach (var phrase in rule.Phrases)
            {
                if (Explain(phrase) is { } reading)
                {
                    yield return new RulePackProblem(file, rule.Id,
                        $"warning: phrase '{phrase}': an alternative is one word, so {reading}; write each form as a phrase of its own");
                }
            }
        }
    }

    /// <summary>How <paramref name="phrase"/> is really read, when it has one of the two signatures; otherwise null.</summary>
    internal static string? Explain(string phrase)
    {
        var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(word => word.Split('|')).ToArray();
        for (var i = 0; i < words.Length; i++)
        {
            var alternatives = words[i];
            if (alternatives.Length < 2)
            {
                continue;
            }

            var before = i > 0 ? words[i - 1] : [];
            var after = i + 1 < words.Length ? words[i + 1] : [];
            foreach (var alternative in alternatives)
            {
                foreach (var other in alternatives)
                {
                    if (before is [var previous] && IsPlain(previous) && alternative == previous + other)
                    {
                        return $"'{alternative}' is never read as '{previous} {other}': the phrase wants '{previous}' before it";
                    }

                    if (after is [var next] && IsPlain(next) && alternative == other + next)
                    {
                        return $"'{alternative}' is never read as '{other} {next}': the phrase wants '{next}' after it";
                    }
                }
            }

            foreach (var (contraction, first, second) in s_contractions)
            {
                if (alternatives.Contains(contraction)
                    && ((before is [var previous] && previous == first && alternatives.Contains(second))
                        || (alternatives.Contains(first) && after is [var next] && next == second)))
                {
                    return $"'{first} {second}' here is two words in a row, not an alternative to '{contraction}'";
                }
            }
        }

        return null;
    }

    private static bool IsPlain(string word) => word.Length > 1 && !word.StartsWith('{') && !word.EndsWith('*');
}
