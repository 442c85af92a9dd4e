using System.Text;
using Detector.Rules;

namespace Detector.Tests.Rules;

public class RulePackValidationTests
{
    private const string ValidRule = """{ "id": "r.ok", "signal": "payment_demand", "weight": 0.5, "phrases": ["pay me"] }""";

    [Theory]
    [InlineData("""{ "id": "r.1", "signal": "not_a_signal", "weight": 0.5, "phrases": ["pay"] }""", "r.1", "unknown signal \"not_a_signal\"")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0, "phrases": ["pay"] }""", "r.1", "bad weight 0")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 1.5, "phrases": ["pay"] }""", "r.1", "bad weight 1.5")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": [] }""", "r.1", "no phrases and no patterns")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": [" "] }""", "r.1", "empty phrase")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["send {0-9} money"] }""", "r.1", "bad gap syntax \"{0-9}\"")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["send {3-1} money"] }""", "r.1", "bad gap syntax")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["send {a-b} money"] }""", "r.1", "bad gap syntax")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["{0-2} money"] }""", "r.1", "a gap must come between two words")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["send|| money"] }""", "r.1", "empty alternative")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["p*y"] }""", "r.1", "'*' is only allowed at the end")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "patterns": ["regex"] }""", "r.1", "unknown pattern \"regex\"")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["pay"], "sender": "me" }""", "r.1", "unknown sender")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["pay"], "kinds": ["fax"] }""", "r.1", "unknown message kind \"fax\"")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["pay"], "near": { "signal": "nope", "within": 2 } }""", "r.1", "unknown signal \"nope\" in \"near\"")]
    [InlineData("""{ "id": "r.1", "signal": "payment_demand", "weight": 0.5, "phrases": ["pay"], "colour": "red" }""", "r.1", "unknown property \"colour\"")]
    [InlineData("""{ "id": "R 1", "signal": "payment_demand", "weight": 0.5, "phrases": ["pay"] }""", "R 1", "rule id must match")]
    [InlineData("""{ "signal": "payment_demand", "weight": 0.5, "phrases": ["pay"] }""", "#1", "missing \"id\"")]
    [InlineData(ValidRule, "r.ok", "duplicate rule id in this pack")]
    public void Bad_rules_are_refused_naming_file_rule_and_problem(string rule, string ruleId, string problem)
    {
        var json = $$"""{ "id": "p", "version": "1", "rules": [ {{ValidRule}}, {{rule}} ] }""";
        var exception = Assert.Throws<RulePackException>(() => RulePack.Parse(Encoding.UTF8.GetBytes(json), "bad.json"));
        var line = Assert.Single(exception.Problems, p => p.RuleId == ruleId && p.Problem.Contains(problem, StringComparison.Ordinal)).ToString();
        Assert.StartsWith($"bad.json: rule {ruleId}: ", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_json_is_refused_naming_the_file()
    {
        var exception = Assert.Throws<RulePackException>(() => RulePack.Parse("{ \"id\": "u8, "broken.json"));
        Assert.StartsWith("broken.json: invalid JSON", Assert.Single(exception.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_phrases_are_refused()
    {
        var phrases = string.Join(",", Enumerable.Range(0, 20_001).Select(i => $"\"w{i}\""));
        var json = $$"""{ "id": "p", "version": "1", "rules": [ { "id": "big", "signal": "flattery", "weight": 0.1, "phrases": [{{phrases}}] } ] }""";
        var exception = Assert.Throws<RulePackException>(() => RulePack.Parse(Encoding.UTF8.GetBytes(json), "big.json"));
        Assert.Contains(exception.Problems, p => p.Problem.StartsWith("pack too large", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_large_files_are_refused()
    {
        var json = new byte[(5 * 1024 * 1024) + 1];
        json.AsSpan().Fill((byte)' ');
        var exception = Assert.Throws<RulePackException>(() => RulePack.Parse(json, "huge.json"));
        Assert.Contains("pack too large", Assert.Single(exception.Problems).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_rule_ids_across_packs_are_refused_unless_overriding()
    {
        var first = Pack("a.json", "pay me", overrides: false);
        var second = Pack("b.json", "give me money", overrides: false);
        var exception = Assert.Throws<RulePackException>(() => RuleEngine.Create([first, second]));
        Assert.StartsWith("b.json: rule r.ok: duplicate rule id (already defined in a.json", Assert.Single(exception.Problems).ToString(), StringComparison.Ordinal);

        var engine = RuleEngine.Create([first, Pack("b.json", "give me money", overrides: true)]);
        Assert.Single(engine.Rules);
        Assert.NotNull(RuleEngineTests.MatchOf("give me money", "r.ok", engine: engine));
        Assert.Null(RuleEngineTests.MatchOf("pay me", "r.ok", engine: engine));
    }

    [Fact]
    public void Embedded_rules_can_be_overridden_from_a_file()
    {
        var embedded = RulePack.LoadEmbedded();
        var ruleId = embedded[0].Rules[0].Id;
        var json = $$"""{ "id": "local", "version": "7", "rules": [ { "id": "{{ruleId}}", "signal": "flattery", "weight": 0.2, "phrases": ["zebra crossing"] } ] }""";
        var engine = RuleEngine.Create([.. embedded, RulePack.Parse(Encoding.UTF8.GetBytes(json), "local.json", overrides: true)]);
        Assert.NotNull(RuleEngineTests.MatchOf("a zebra crossing", ruleId, engine: engine));
        Assert.EndsWith("+local@7", engine.Version, StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_pack_file_loads()
    {
        var pack = TestPacks.Load();
        Assert.Equal("test", pack.Id);
        Assert.EndsWith("test.en.json", pack.Source, StringComparison.Ordinal);
    }

    private static RulePack Pack(string file, string phrase, bool overrides) => RulePack.Parse(
        Encoding.UTF8.GetBytes($$"""{ "id": "p", "version": "1", "rules": [ { "id": "r.ok", "signal": "payment_demand", "weight": 0.5, "phrases": ["{{phrase}}"] } ] }"""),
        file, overrides);
}
