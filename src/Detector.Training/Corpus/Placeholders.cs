using System.Text.RegularExpressions;

namespace Detector.Training.Corpus;

/// <summary>The placeholders a phrasing may use (<c>training-data/banks/FORMAT.md</c>), and how to find them in a text.</summary>
internal static partial class Placeholders
{
    public static readonly IReadOnlySet<string> Known = new SortedSet<string>(StringComparer.Ordinal)
    {
        "victim_name", "suspect_name", "friend_name", "relative", "platform", "amount", "low_amount", "payment_method",
        "wallet", "deadline", "age", "city", "school", "employer", "item", "day", "time", "a_name", "b_name",
    };

    /// <summary>Matches <c>{name}</c>; group 1 is the name.</summary>
    [GeneratedRegex(@"\{([A-Za-z_]+)\}", RegexOptions.CultureInvariant)]
    public static partial Regex Pattern();

    /// <summary>The placeholder names used in <paramref name="text"/> that are not <see cref="Known"/>.</summary>
    public static IEnumerable<string> Unknown(string text) =>
        Pattern().Matches(text).Select(match => match.Groups[1].Value).Where(name => !Known.Contains(name));
}
