using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Detector.Conversations;
using Detector.Rules;

namespace Detector.Benchmarks.Rules;

/// <summary>
/// Matching the full default rule set: the engine (normalise + one automaton scan + pattern
/// scanners) against the naive baseline of one compiled Regex per rule, on typical chat messages
/// (per message) and on a long message (per call).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class RuleEngineBenchmarks
{
    private const int LongLength = 1_000_000;

    private readonly RuleEngine _engine = RuleEngine.Default;
    private readonly RuleMatch[] _matches = new RuleMatch[RuleEngine.Default.Rules.Count];
    private IReadOnlyList<RulePack> _packs = [];
    private RegexPerRuleBaseline _regex = null!;
    private string _long = "";

    [GlobalSetup]
    public void Setup()
    {
        _packs = RulePack.LoadEmbedded();
        _regex = new RegexPerRuleBaseline(_engine.Rules);
        _long = ChatMessages.Long(LongLength);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 32), BenchmarkCategory("typical message")]
    public int RegexPerRule_Typical()
    {
        var count = 0;
        foreach (var message in ChatMessages.Typical)
        {
            count += _regex.Match(message);
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = 32), BenchmarkCategory("typical message")]
    public int Engine_Typical()
    {
        var count = 0;
        foreach (var message in ChatMessages.Typical)
        {
            count += _engine.Match(message, MessageKind.Text, _matches);
        }

        return count;
    }

    [Benchmark(Baseline = true), BenchmarkCategory("long message (1 M chars)")]
    public int RegexPerRule_Long() => _regex.Match(_long);

    [Benchmark, BenchmarkCategory("long message (1 M chars)")]
    public int Engine_Long() => _engine.Match(_long, MessageKind.Text, _matches);

    [Benchmark, BenchmarkCategory("build")]
    public int Build_FromDefaultPacks() => RuleEngine.Create(_packs).Rules.Count;
}
