using Detector.Cli;

namespace Detector.Tests.Rules;

public class RulesCommandTests
{
    [Fact]
    public void Lint_accepts_a_sound_pack()
    {
        var output = new StringWriter();
        Assert.Equal(0, RulesCommand.Lint(TestPacks.PathOf("test.en.json"), output));
        Assert.Contains(": ok (", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lint_names_file_rule_and_problem()
    {
        var file = WriteTemp("""{ "id": "p", "version": "1", "rules": [ { "id": "r.bad", "signal": "nope", "weight": 2, "phrases": ["pay {9-9} me"] } ] }""");
        var output = new StringWriter();
        Assert.Equal(1, RulesCommand.Lint(file, output));
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, line => Assert.StartsWith($"{file}: rule r.bad: ", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Lint_warns_of_a_multi_word_alternative_and_still_accepts_the_pack()
    {
        var file = WriteTemp("""{ "id": "p", "version": "1", "rules": [ { "id": "r.wire", "signal": "payment_method", "weight": 0.5, "phrases": ["moneygram|money gram", "western union"] } ] }""");
        var output = new StringWriter();
        Assert.Equal(0, RulesCommand.Lint(file, output));
        var lines = output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith($"{file}: rule r.wire: warning: phrase 'moneygram|money gram': ", lines[0], StringComparison.Ordinal);
        Assert.Equal($"{file}: ok with 1 warning(s) (1 rules, 2 phrases)", lines[1]);
    }

    [Fact]
    public void Test_passes_when_examples_hold_and_fails_otherwise()
    {
        Assert.Equal(0, RulesCommand.Test(TestPacks.PathOf("test.en.json"), new StringWriter()));

        var file = WriteTemp("""
            { "id": "p", "version": "1", "rules": [ { "id": "r.pay", "signal": "payment_demand", "weight": 0.5, "phrases": ["pay me"],
              "examples": { "match": ["pay me", "give me cash"], "noMatch": ["please pay me back"] } } ] }
            """);
        var output = new StringWriter();
        Assert.Equal(1, RulesCommand.Test(file, output));
        var text = output.ToString();
        Assert.Contains($"{file}: rule r.pay: does not match \"give me cash\"", text, StringComparison.Ordinal);
        Assert.Contains($"{file}: rule r.pay: matches noMatch example \"please pay me back\" at \"pay me\"", text, StringComparison.Ordinal);
    }

    private static string WriteTemp(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"detector-pack-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        return file;
    }
}
