using Detector.Conversations;

namespace Detector.Rules;

/// <summary>Runs a rule's examples against an engine: each <c>match</c> example must fire it, no <c>noMatch</c> example may.</summary>
internal static class RuleExampleChecker
{
    /// <summary>Describes each failed example as <c>FILE: rule ID: problem</c>.</summary>
    public static IEnumerable<string> Failures(RuleEngine engine, int ruleIndex, string file)
    {
        var rule = engine.Rules[ruleIndex];
        var kind = rule.Kinds.Count > 0 ? rule.Kinds[0] : MessageKind.Text;
        var matches = new RuleMatch[engine.Rules.Count];
        foreach (var example in rule.MatchExamples)
        {
            if (Find(engine, example, kind, ruleIndex, matches) is null)
            {
                yield return $"{file}: rule {rule.Id}: does not match \"{example}\"";
            }
        }

        foreach (var example in rule.NoMatchExamples)
        {
            if (Find(engine, example, kind, ruleIndex, matches) is { } match)
            {
                yield return $"{file}: rule {rule.Id}: matches noMatch example \"{example}\" at \"{example.Substring(match.Start, match.Length)}\"";
            }
        }
    }

    private static RuleMatch? Find(RuleEngine engine, string text, MessageKind kind, int ruleIndex, RuleMatch[] matches)
    {
        var count = engine.Match(text, kind, matches);
        for (var i = 0; i < count; i++)
        {
            if (matches[i].RuleIndex == ruleIndex)
            {
                return matches[i];
            }
        }

        return null;
    }
}
