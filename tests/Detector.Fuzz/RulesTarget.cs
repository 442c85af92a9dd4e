using Detector.Conversations;
using Detector.Rules;

namespace Detector.Fuzz;

/// <summary>
/// Fuzz target <c>rules</c>: the bytes as UTF-8 and as UTF-16 text matched by the default rule packs, as a text
/// message and as the kind the first byte picks. Matches must be at most one per rule, of rules that apply to the
/// kind, with spans inside the text.
/// </summary>
public static class RulesTarget
{
    private static readonly int s_kindCount = Enum.GetValues<MessageKind>().Length;

    /// <summary>Runs the target on one input.</summary>
    public static void Run(byte[] input)
    {
        var engine = RuleEngine.Default;
        var matches = new RuleMatch[engine.Rules.Count];
        var kinds = input.Length == 0 ? [MessageKind.Text] : new[] { MessageKind.Text, (MessageKind)(input[0] % s_kindCount) };
        foreach (var text in FuzzInput.Texts(input))
        {
            foreach (var kind in kinds)
            {
                Check(engine, text, kind, matches);
            }
        }
    }

    private static void Check(RuleEngine engine, string text, MessageKind kind, RuleMatch[] matches)
    {
        var count = engine.Match(text, kind, matches);
        FuzzAssert.True(count >= 0 && count <= matches.Length, $"{count} matches for {matches.Length} rules");
        var seen = new HashSet<int>();
        foreach (var match in matches.AsSpan(0, count))
        {
            var rule = match.Rule;
            FuzzAssert.True(match.RuleIndex >= 0 && match.RuleIndex < engine.Rules.Count && ReferenceEquals(engine.Rules[match.RuleIndex], rule),
                $"match of rule {rule.Id} has index {match.RuleIndex}");
            FuzzAssert.True(seen.Add(match.RuleIndex), $"rule {rule.Id} matched twice");
            FuzzAssert.True(rule.AppliesTo(kind), $"rule {rule.Id} fired on a {kind} message");
            FuzzAssert.True(match.Start >= 0 && match.Length > 0 && match.Start + match.Length <= text.Length,
                $"rule {rule.Id} span [{match.Start}, +{match.Length}) outside a text of {text.Length}");
        }
    }
}
