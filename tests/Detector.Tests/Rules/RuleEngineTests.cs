using Detector.Conversations;
using Detector.Rules;

namespace Detector.Tests.Rules;

public class RuleEngineTests
{
    private static readonly RuleEngine s_engine = TestPacks.Engine;

    public static TheoryData<string> TestPackRules() => [.. s_engine.Rules.Select(rule => rule.Id)];

    [Theory]
    [MemberData(nameof(TestPackRules))]
    public void Test_pack_examples_hold(string ruleId)
    {
        var index = s_engine.Rules.ToList().FindIndex(rule => rule.Id == ruleId);
        var failures = RuleExampleChecker.Failures(s_engine, index, "test.en.json").ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [InlineData("pay me now", "test.pay", "pay me")]
    [InlineData("ok. PAY   ME!!", "test.pay", "PAY   ME")]
    [InlineData("Pleeeease don’t do this", "test.please", "Pleeeease don’t")]
    [InlineData("I rec0rded u lol", "test.recorded", "I rec0rded u")]
    [InlineData("1 rec0rded u lol", "test.recorded", "1 rec0rded u")] // a lone 1 is "I" in a text with leetspeak
    [InlineData("1 recorded u lol", "test.recorded", null)] // but not without
    [InlineData("s e n d the m0ney", "test.pay", "s e n d the m0ney")]
    [InlineData("ｐａｙ ｍｅ", "test.pay", "ｐａｙ ｍｅ")]
    [InlineData("everyone will 💰 know", "test.threat", null)]
    [InlineData("send 💰 now", "test.pay", "send 💰")]
    [InlineData("x 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 y", "test.wallet", "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2")]
    [InlineData("im only 14 tho", "test.age", "im only 14")]
    public void Spans_are_what_was_written(string text, string ruleId, string? expectedSpan)
    {
        var match = MatchOf(text, ruleId);
        if (expectedSpan is null)
        {
            Assert.Null(match);
            return;
        }

        Assert.NotNull(match);
        Assert.Equal(expectedSpan, text.Substring(match.Value.Start, match.Value.Length));
    }

    [Theory]
    [InlineData("display me", "test.pay")] // "pay" inside "display"
    [InlineData("repay me", "test.pay")]
    [InlineData("turn on your camera roll", "test.cam")] // "cam" inside "camera"
    [InlineData("webcam now", "test.cam")]
    [InlineData("skill myself", "test.kill")]
    [InlineData("i record music", "test.recorded")]
    public void Phrases_match_whole_words_only(string text, string ruleId) => Assert.Null(MatchOf(text, ruleId));

    [Theory]
    [InlineData("send it to your family")] // plain
    [InlineData("SEND IT TO YOUR FAMILY")] // case
    [InlineData("ｓｅｎｄ ｉｔ ｔｏ ｙｏｕｒ ｆａｍｉｌｙ")] // full-width
    [InlineData("ѕеnd іt tо уоur fаmіlу")] // Cyrillic look-alikes
    [InlineData("s\u200Bend i\u200Dt t\u2060o your fam\uFEFFily")] // zero-width characters
    [InlineData("\u202Esend it to your family\u202C")] // bidi controls
    [InlineData("$3nd 1t t0 y0ur f4m1ly")] // leetspeak
    [InlineData("s e n d it to your f.a.m.i.l.y")] // spaced and dotted letters
    [InlineData("seeeend it to yoooour familyyyy")] // repeated letters
    [InlineData("send... it -- to your: family!!")] // punctuation
    [InlineData("sénd ít tó yóur fámíly")] // accents
    [InlineData("𝐬𝐞𝐧𝐝 𝐢𝐭 𝐭𝐨 𝐲𝐨𝐮𝐫 𝐟𝐚𝐦𝐢𝐥𝐲")] // mathematical letters
    public void Obfuscated_variants_fire_the_same_signal(string text)
    {
        var match = MatchOf(text, "test.threat");
        Assert.NotNull(match);
        Assert.Equal(SignalNames.ThreatToShare, match.Value.Signal);
    }

    [Theory]
    [InlineData("paypaI me", "test.pay", false)] // paypaI folds to paypal, a different word from pay
    [InlineData("dont tell but pleeease dont", "test.please", true)]
    [InlineData("I'm scared", "test.please", true)] // apostrophe removed
    public void Other_normalisations(string text, string ruleId, bool fires) => Assert.Equal(fires, MatchOf(text, ruleId) is not null);

    [Fact]
    public void Kinds_restrict_rules()
    {
        Assert.NotNull(MatchOf("ok then £150", "test.money", MessageKind.Text));
        Assert.Null(MatchOf("ok then £150", "test.money", MessageKind.Image));
    }

    [Fact]
    public void Each_rule_fires_at_most_once_per_message()
    {
        var matches = new RuleMatch[s_engine.Rules.Count];
        var count = s_engine.Match("pay me, pay me, pay me", MessageKind.Text, matches);
        Assert.Equal(1, count);
        Assert.Equal(0, matches[0].Start);
    }

    [Fact]
    public void Matches_beyond_the_destination_are_dropped()
    {
        var matches = new RuleMatch[1];
        Assert.Equal(1, s_engine.Match("pay me or i send it to your family", MessageKind.Text, matches));
    }

    [Fact]
    public void Matching_allocates_nothing_after_warm_up()
    {
        var matches = new RuleMatch[s_engine.Rules.Count];
        const string text = "I recorded you. Pay me £200 to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 or I send it to your family, im scared";
        s_engine.Match(text, MessageKind.Text, matches);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            total += s_engine.Match(text, MessageKind.Text, matches);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total >= 500);
    }

    [Fact]
    public void Default_engine_loads_the_embedded_packs()
    {
        var engine = RuleEngine.Default;
        Assert.StartsWith("default@", engine.Version, StringComparison.Ordinal);
        Assert.NotEmpty(engine.Rules);
        Assert.All(engine.Rules, rule => Assert.Contains(rule.Signal, SignalNames.All));
    }

    [Fact]
    public void Version_names_each_pack()
    {
        Assert.Equal("test@1.0.0", s_engine.Version);
    }

    [Fact]
    public void Is_thread_safe()
    {
        const string text = "I recorded you, pay me now or everyone will see";
        var expected = Signals(text);
        Parallel.For(0, 2_000, _ => Assert.Equal(expected, Signals(text)));
    }

    private static string[] Signals(string text)
    {
        var matches = new RuleMatch[s_engine.Rules.Count];
        var count = s_engine.Match(text, MessageKind.Text, matches);
        return [.. matches.Take(count).Select(match => match.Signal).Order(StringComparer.Ordinal)];
    }

    internal static RuleMatch? MatchOf(string text, string ruleId, MessageKind kind = MessageKind.Text, RuleEngine? engine = null)
    {
        engine ??= s_engine;
        var matches = new RuleMatch[engine.Rules.Count];
        var count = engine.Match(text, kind, matches);
        foreach (var match in matches.AsSpan(0, count))
        {
            if (match.Rule.Id == ruleId)
            {
                return match;
            }
        }

        return null;
    }
}
