using System.Diagnostics;
using System.Text;
using Detector.Conversations;
using Detector.Rules;

namespace Detector.Tests.Rules;

/// <summary>Hostile text cannot make matching super-linear: ten times the text (5 MB against 500 KB) may take at most 40 times as long.</summary>
/// <remarks>
/// Timed against itself (a ratio, not a wall-clock bound), each side the fastest of several runs, and alone: the
/// collection runs with no other test in parallel, so a busy machine inflates both sides alike.
/// </remarks>
[Collection(RunAlone.Name)]
public class LinearTimeTests
{
    public static TheoryData<string, string> AdversarialUnits() => new()
    {
        { "single letters", "a a a a " },
        { "spaced letters", "p a y m e " },
        { "near matches", "send it to your famil i will send it to your " },
        { "digit runs", "1111111111" },
        { "money-like", "£1,1,1,1.1" },
        { "space-grouped digits", "1 000 000 " },
        { "digits grouped by other spaces", "1\u00A0000\u2009000\u202F" },
        { "mixed scripts", "pаy ｐ 𝐩 ρ 💰 ı1 " },
        { "letter run", "eeeeeeeeee" },
        { "leet", "$@1!0$@1!0 " },
        { "ages and years", "im 15 year 1 im 1" },
        { "code-like", "AB12-CD34-" },
    };

    [Theory]
    [MemberData(nameof(AdversarialUnits))]
    public void Matching_is_linear_in_the_text(string name, string unit)
    {
        var engine = RuleEngine.Default;
        var small = Repeat(unit, 500_000);
        var large = Repeat(unit, 5_000_000);
        var matches = new RuleMatch[engine.Rules.Count];
        engine.Match(small, MessageKind.Text, matches); // warm up

        var smallTime = Enumerable.Range(0, 5).Min(_ => Time(() => engine.Match(small, MessageKind.Text, matches)));
        var largeTime = Enumerable.Range(0, 3).Min(_ => Time(() => engine.Match(large, MessageKind.Text, matches)));

        // Linear time gives about ×10; a quadratic matcher would give ×100. Both sides are long enough (milliseconds) to time.
        var ratio = largeTime / Math.Max(smallTime, 1e-3);
        Assert.True(ratio < 40, $"{name}: 5 MB took {largeTime:F1} ms, 500 KB {smallTime:F2} ms (×{ratio:F0})");
    }

    internal static double Time(Action action)
    {
        var stopwatch = Stopwatch.StartNew();
        action();
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    internal static string Repeat(string unit, int length)
    {
        var builder = new StringBuilder(length + unit.Length);
        while (builder.Length < length)
        {
            builder.Append(unit);
        }

        return builder.ToString(0, length);
    }
}
