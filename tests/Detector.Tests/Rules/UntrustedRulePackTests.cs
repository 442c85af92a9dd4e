using System.Diagnostics;
using System.Text;
using Detector.Conversations;
using Detector.Rules;

namespace Detector.Tests.Rules;

/// <summary>
/// Rule packs from outside are untrusted: one built to be slow still matches in time linear in the text (ten times the
/// text may take at most 40 times as long, as in <see cref="LinearTimeTests"/>), and one too large to be safe is
/// refused, naming its file.
/// </summary>
[Collection(RunAlone.Name)]
public class UntrustedRulePackTests
{
    private static readonly string[] s_words = [.. Enumerable.Range(0, 32).Select(i => $"w{(char)('a' + (i % 26))}{i}")];

    /// <summary>Packs written to make matching slow, each with text that keeps their phrases nearly matching.</summary>
    public static TheoryData<string, string, string, int> HostilePacks() => new()
    {
        // The most phrases allowed behind one key word: every "send" starts 64 checks that fail at their last word.
        { "overlapping phrases", Phrases(Enumerable.Range(0, 64).Select(i => $"send {{0-5}} zq{i}")), "send it to me send ", 20_000 },
        // Every word of the text is an alternative of every slot, with the longest gaps between them.
        { "huge alternatives", Phrases(Enumerable.Range(0, 30).Select(i => string.Join(" {0-5} ", Enumerable.Repeat(string.Join('|', s_words), 3)) + $" {{0-5}} zz{i}")), string.Join(' ', s_words) + " ", 50_000 },
        // Nested prefix words: every long word of the text ends 60 of them.
        { "nested prefixes", Phrases(Enumerable.Range(2, 60).Select(n => new string('a', n) + "* zz")), new string('a', 70) + " ", 500_000 },
        // Phrases that are prefixes of each other, so every position of the text is inside many partial keys.
        { "self-overlapping keys", Phrases(Enumerable.Range(1, 31).Select(n => string.Join(' ', Enumerable.Repeat("la", n)) + " zz")), "la la la la ", 500_000 },
    };

    [Theory]
    [MemberData(nameof(HostilePacks))]
    public void A_hostile_pack_cannot_make_matching_super_linear(string name, string pack, string unit, int length)
    {
        var engine = RuleEngine.Create([RulePack.Parse(Encoding.UTF8.GetBytes(pack), "hostile.json")]);
        var small = LinearTimeTests.Repeat(unit, length);
        var large = LinearTimeTests.Repeat(unit, length * 10);
        var matches = new RuleMatch[engine.Rules.Count];
        engine.Match(small, MessageKind.Text, matches); // warm up

        var smallTime = Enumerable.Range(0, 5).Min(_ => LinearTimeTests.Time(() => engine.Match(small, MessageKind.Text, matches)));
        var largeTime = Enumerable.Range(0, 3).Min(_ => LinearTimeTests.Time(() => engine.Match(large, MessageKind.Text, matches)));

        var ratio = largeTime / Math.Max(smallTime, 1e-3);
        Assert.True(ratio < 40, $"{name}: {large.Length:N0} characters took {largeTime:F1} ms, {small.Length:N0} {smallTime:F2} ms (×{ratio:F0})");
    }

    [Fact]
    public void More_than_64_phrases_behind_the_same_first_words_are_refused_naming_the_file()
    {
        var pack = RulePack.Parse(Encoding.UTF8.GetBytes(Phrases(Enumerable.Range(0, 65).Select(i => $"send {{0-5}} zq{i}"))), "hostile.json");

        var exception = Assert.Throws<RulePackException>(() => RuleEngine.Create([pack]));

        Assert.StartsWith("hostile.json: more than 64 phrases begin with the same words as \"send\"", exception.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> TooLargePacks() => new()
    {
        { "rules", Rules(Enumerable.Range(0, RulePackReader.MaxRules + 1).Select(i => $"word{i}")), "5,001 rules (at most 5,000)" },
        { "expansions", Phrases([string.Join(' ', Enumerable.Repeat(string.Join('|', s_words), 5))]), "its phrases expand to more than 1,000,000 plain phrases" },
    };

    [Theory]
    [MemberData(nameof(TooLargePacks))]
    public void A_pack_with_too_many_rules_or_expansions_is_refused_naming_its_file(string name, string pack, string problem)
    {
        var path = Path.Combine(Path.GetTempPath(), $"detector-too-large-{name}-{Environment.ProcessId}.json");
        File.WriteAllText(path, pack);
        try
        {
            var exception = Assert.Throws<RulePackException>(() => RulePack.Load(path));
            Assert.Contains($"{path}: pack too large: {problem}", exception.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_pack_file_over_5_MB_is_refused_before_it_is_read()
    {
        var path = Path.Combine(Path.GetTempPath(), $"detector-too-large-file-{Environment.ProcessId}.json");
        using (var file = File.Create(path))
        {
            file.SetLength((5 * 1024 * 1024) + 1);
        }

        try
        {
            var exception = Assert.Throws<RulePackException>(() => RulePack.Load(path));
            Assert.Equal($"{path}: pack too large: 5,242,881 bytes (at most 5,242,880)", exception.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_embedded_packs_are_well_inside_the_limits()
    {
        foreach (var (file, json) in RulePack.EmbeddedPackFiles())
        {
            var pack = RulePack.Parse(json, file);
            Assert.InRange(pack.Rules.Count, 1, RulePackReader.MaxRules / 10);
            Assert.InRange(json.Length, 1, RulePackReader.MaxBytes / 10);
        }
    }

    private static string Phrases(IEnumerable<string> phrases) =>
        $$"""{ "id": "hostile", "version": "1", "rules": [ { "id": "r", "signal": "flattery", "weight": 0.1, "phrases": [{{string.Join(",", phrases.Select(p => $"\"{p}\""))}}] } ] }""";

    private static string Rules(IEnumerable<string> phrases) =>
        $$"""{ "id": "hostile", "version": "1", "rules": [{{string.Join(",", phrases.Select((p, i) => $$"""{ "id": "r{{i}}", "signal": "flattery", "weight": 0.1, "phrases": ["{{p}}"] }"""))}}] }""";
}
