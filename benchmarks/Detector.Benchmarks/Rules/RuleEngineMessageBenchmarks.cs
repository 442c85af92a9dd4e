using BenchmarkDotNet.Attributes;
using Detector.Conversations;
using Detector.Rules;

namespace Detector.Benchmarks.Rules;

/// <summary>
/// Normalise + match the full default rule set on each typical chat message separately, so that the median over
/// messages (the "median ≤ 1 µs") can be read from the per-message means, not only the mix's mean.
/// </summary>
[MemoryDiagnoser]
public class RuleEngineMessageBenchmarks
{
    private readonly RuleEngine _engine = RuleEngine.Default;
    private readonly RuleMatch[] _matches = new RuleMatch[RuleEngine.Default.Rules.Count];

    /// <summary>The index of the message in <see cref="ChatMessages.Typical"/>.</summary>
    [ParamsSource(nameof(Indexes))]
    public int Message { get; set; }

    public static IEnumerable<int> Indexes => Enumerable.Range(0, ChatMessages.Typical.Length);

    [Benchmark]
    public int Engine_OneMessage() => _engine.Match(ChatMessages.Typical[Message], MessageKind.Text, _matches);
}
