using Detector.Rules;

namespace Detector.Tests.Rules;

/// <summary>Every rule of every embedded pack fires on its <c>match</c> examples and not on its <c>noMatch</c> ones.</summary>
public class EmbeddedPackExampleTests
{
    private static readonly Lazy<(Dictionary<string, RulePack> Packs, List<RulePackProblem> Problems)> s_packs = new(LoadPacks);
    private static readonly Lazy<RuleEngine> s_engine = new(() => RuleEngine.Create(s_packs.Value.Packs.Values));

    public static TheoryData<string, string> Rules()
    {
        var data = new TheoryData<string, string>();
        var (packs, problems) = s_packs.Value;
        foreach (var file in problems.Select(problem => problem.File).Distinct())
        {
            data.Add(file, "(pack refused)");
        }

        foreach (var (file, pack) in packs)
        {
            foreach (var rule in pack.Rules)
            {
                data.Add(file, rule.Id);
            }
        }

        return data;
    }

    [Fact]
    public void The_default_pack_files_are_embedded()
    {
        var names = RulePack.EmbeddedResourceNames().ToList();
        Assert.Contains(names, name => name.EndsWith("default.en.json", StringComparison.Ordinal));
        Assert.DoesNotContain(names, name => name.EndsWith("schema.json", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_examples_hold(string file, string ruleId)
    {
        var (packs, problems) = s_packs.Value;
        Assert.True(packs.ContainsKey(file), string.Join(Environment.NewLine, problems.Where(p => p.File == file)));
        var engine = s_engine.Value;
        var index = engine.Rules.ToList().FindIndex(rule => rule.Id == ruleId);
        var failures = RuleExampleChecker.Failures(engine, index, file).ToList();
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    private static (Dictionary<string, RulePack>, List<RulePackProblem>) LoadPacks()
    {
        var packs = new Dictionary<string, RulePack>(StringComparer.Ordinal);
        var problems = new List<RulePackProblem>();
        foreach (var (file, json) in RulePack.EmbeddedPackFiles())
        {
            try
            {
                packs[file] = RulePack.Parse(json, file);
            }
            catch (RulePackException ex)
            {
                problems.AddRange(ex.Problems);
            }
        }

        return (packs, problems);
    }
}
