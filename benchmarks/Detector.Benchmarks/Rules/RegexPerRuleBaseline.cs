using System.Text;
using System.Text.RegularExpressions;
using Detector.Rules;

namespace Detector.Benchmarks.Rules;

/// <summary>The naive baseline: one compiled <see cref="Regex"/> per rule, built from that rule's phrases, over the raw text.</summary>
internal sealed class RegexPerRuleBaseline(IReadOnlyList<Rule> rules)
{
    private readonly Regex?[] _regexes = [.. rules.Select(ToRegex)];

    public int Match(string text)
    {
        var count = 0;
        foreach (var regex in _regexes)
        {
            if (regex is null)
            {
                continue;
            }

            // The first match and its span, without allocating (as the engine reports one span per rule).
            foreach (var match in regex.EnumerateMatches(text))
            {
                count += match.Length > 0 ? 1 : 0;
                break;
            }
        }

        return count;
    }

    private static Regex? ToRegex(Rule rule)
    {
        if (rule.Phrases.Count == 0)
        {
            return null;
        }

        var pattern = string.Join("|", rule.Phrases.Select(PhraseToRegex));
        return new Regex(pattern, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    private static string PhraseToRegex(string phrase)
    {
        var builder = new StringBuilder(@"\b");
        var first = true;
        foreach (var token in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (token.StartsWith('{'))
            {
                var range = token[1..^1].Split('-');
                builder.Append(@"(?:\W+\w+){").Append(range[0]).Append(',').Append(range[1]).Append('}');
                continue;
            }

            builder.Append(first ? "" : @"\W+");
            first = false;
            var alternatives = token.Split('|').Select(word => word.EndsWith('*') ? Regex.Escape(word[..^1]) + @"\w*" : Regex.Escape(word));
            builder.Append("(?:").Append(string.Join("|", alternatives)).Append(')');
        }

        return builder.Append(@"\b").ToString();
    }
}
