using System.Runtime.CompilerServices;
using Detector.Conversations;
using Detector.Normalization;
using Detector.Rules.Matching;
using Detector.Rules.Patterns;

namespace Detector.Rules;

/// <summary>
/// Turns a message into the rules that fire on it, with the exact spans of the original text that
/// triggered them. Built once from rule packs; immutable and safe to share between threads.
/// </summary>
/// <remarks>
/// <para>All phrases of all packs are compiled into one automaton, scanned once per normalised
/// message; built-in patterns (amounts, wallet addresses, IBANs, ages, …) are hand-written linear
/// scanners over the original text. Matching allocates nothing once each thread has warmed up, and
/// no pack or message can make it worse than linear in the message length.</para>
/// <para>The engine applies each rule's <see cref="Rule.Kinds"/>; the conversation-level conditions
/// (<see cref="Rule.Sender"/>, <see cref="Rule.Near"/>) are left to the scorer, which knows who is who.</para>
/// </remarks>
public sealed class RuleEngine
{
    private static readonly Lazy<RuleEngine> s_default = new(() => Create(RulePack.LoadEmbedded()));

    private readonly Rule[] _rules;
    private readonly PhraseAutomaton _automaton;
    private readonly (BuiltInPattern Pattern, int[] Rules)[] _patterns;
    private readonly bool[] _appliesToKind;
    private readonly int _kindCount;

    private RuleEngine(Rule[] rules, PhraseAutomaton automaton, (BuiltInPattern, int[])[] patterns, string version)
    {
        _rules = rules;
        _automaton = automaton;
        _patterns = patterns;
        Version = version;
        _kindCount = Enum.GetValues<MessageKind>().Length;
        _appliesToKind = new bool[rules.Length * _kindCount];
        for (var r = 0; r < rules.Length; r++)
        {
            for (var k = 0; k < _kindCount; k++)
            {
                _appliesToKind[(r * _kindCount) + k] = rules[r].AppliesTo((MessageKind)k);
            }
        }
    }

    /// <summary>The engine built from the packs embedded in the library.</summary>
    /// <exception cref="RulePackException">An embedded pack is invalid (on first use).</exception>
    public static RuleEngine Default => s_default.Value;

    /// <summary>The rules, indexed by <see cref="RuleMatch.RuleIndex"/>.</summary>
    public IReadOnlyList<Rule> Rules => _rules;

    /// <summary>The version of the rule set: <c>id@version</c> of each distinct pack, joined by '+' (e.g. <c>default@2026.11.0</c>).</summary>
    public string Version { get; }

    /// <summary>
    /// Builds an engine from packs, in order. A rule id seen in an earlier pack is an error unless the
    /// later pack was loaded with <c>overrides</c>, in which case its rule replaces the earlier one.
    /// </summary>
    /// <exception cref="RulePackException">Two packs define the same rule id, or the packs are too large to compile.</exception>
    public static RuleEngine Create(IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var packList = packs.ToList();
        var rules = new List<Rule>();
        var sources = new Dictionary<string, (int Index, string Source)>(StringComparer.Ordinal);
        var problems = new List<RulePackProblem>();
        foreach (var pack in packList)
        {
            foreach (var rule in pack.Rules)
            {
                if (!sources.TryGetValue(rule.Id, out var existing))
                {
                    sources[rule.Id] = (rules.Count, pack.Source);
                    rules.Add(rule);
                }
                else if (pack.Overrides)
                {
                    rules[existing.Index] = rule;
                    sources[rule.Id] = (existing.Index, pack.Source);
                }
                else
                {
                    problems.Add(new RulePackProblem(pack.Source, rule.Id,
                        $"duplicate rule id (already defined in {existing.Source}; load the pack with overrides to replace it)"));
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new RulePackException(problems);
        }

        var phrases = new List<PhraseSlot[]>();
        var phraseRules = new List<int>();
        var patternRules = new List<int>[PatternScanner.Names.Count];
        for (var r = 0; r < rules.Count; r++)
        {
            foreach (var phrase in rules[r].ParsedPhrases)
            {
                phrases.Add(phrase);
                phraseRules.Add(r);
            }

            foreach (var name in rules[r].Patterns)
            {
                if (PatternScanner.TryParse(name, out var pattern))
                {
                    (patternRules[(int)pattern] ??= []).Add(r);
                }
            }
        }

        PhraseAutomaton automaton;
        try
        {
            automaton = PhraseAutomaton.Build(phrases, phraseRules);
        }
        catch (InvalidOperationException ex)
        {
            throw new RulePackException([new RulePackProblem(string.Join(", ", packList.Select(p => p.Source)), null, ex.Message)]);
        }

        var patterns = patternRules
            .Select((list, index) => (Pattern: (BuiltInPattern)index, Rules: list?.ToArray()))
            .Where(entry => entry.Rules is not null)
            .Select(entry => (entry.Pattern, entry.Rules!))
            .ToArray();
        var version = string.Join("+", packList.Select(p => $"{p.Id}@{p.Version}").Distinct(StringComparer.Ordinal));
        return new RuleEngine([.. rules], automaton, patterns, version);
    }

    /// <summary>
    /// Finds the rules that fire on one message: at most one match per rule (its first), written to
    /// <paramref name="destination"/>. Allocates nothing.
    /// </summary>
    /// <param name="text">The message text as written.</param>
    /// <param name="kind">The message's kind; rules restricted to other kinds do not fire.</param>
    /// <param name="destination">Where to write the matches; a buffer of <see cref="Rules"/>.Count never overflows, and matches beyond its length are dropped.</param>
    /// <returns>The number of matches written.</returns>
    public int Match(ReadOnlySpan<char> text, MessageKind kind, Span<RuleMatch> destination) =>
        Match(text, kind, destination, out _);

    /// <summary>As <see cref="Match(ReadOnlySpan{char}, MessageKind, Span{RuleMatch})"/>, also giving the normalised text it matched on.</summary>
    /// <param name="text">The message text as written.</param>
    /// <param name="kind">The message's kind.</param>
    /// <param name="destination">Where to write the matches.</param>
    /// <param name="normalized">The normalised text (the calling thread's buffer: valid until its next match on this thread).</param>
    [SkipLocalsInit]
    internal int Match(ReadOnlySpan<char> text, MessageKind kind, Span<RuleMatch> destination, out NormalizedText normalized)
    {
        normalized = NormalizedText.ForCurrentThread();
        TextNormalizer.Normalize(text, normalized);
        Span<ulong> fired = _rules.Length <= 4096 ? stackalloc ulong[(_rules.Length + 63) >> 6] : new ulong[(_rules.Length + 63) >> 6];
        fired.Clear();
        var collector = new MatchCollector(this, normalized, kind, fired, destination);
        _automaton.Scan(normalized, ref collector);
        var hasDigit = _patterns.Length > 0 && PatternScanner.HasDigit(text);
        foreach (var (pattern, patternRules) in _patterns)
        {
            if (collector.Count == destination.Length)
            {
                break;
            }

            if (collector.AnyWanted(patternRules) && PatternScanner.TryFind(pattern, text, hasDigit, out var start, out var length))
            {
                foreach (var rule in patternRules)
                {
                    collector.Add(rule, start, length);
                }
            }
        }

        return collector.Count;
    }

    /// <summary>Collects hits into the caller's buffer: one per rule, for rules that apply to the message's kind.</summary>
    private ref struct MatchCollector(RuleEngine engine, NormalizedText text, MessageKind kind, Span<ulong> fired, Span<RuleMatch> destination)
        : IPhraseHitHandler
    {
        private readonly Span<ulong> _fired = fired;
        private readonly Span<RuleMatch> _destination = destination;

        public int Count { get; private set; }

        public readonly bool Wants(int owner) => WantsRule(owner);

        public void OnHit(int owner, int start, int end)
        {
            var (originalStart, length) = text.ToOriginal(start, end);
            Add(owner, originalStart, length);
        }

        public readonly bool AnyWanted(int[] rules)
        {
            foreach (var rule in rules)
            {
                if (WantsRule(rule))
                {
                    return true;
                }
            }

            return false;
        }

        public void Add(int rule, int start, int length)
        {
            if (!WantsRule(rule))
            {
                return;
            }

            _fired[rule >> 6] |= 1UL << rule;
            _destination[Count++] = new RuleMatch(rule, engine._rules[rule], start, length);
        }

        private readonly bool WantsRule(int rule) =>
            Count < _destination.Length && (_fired[rule >> 6] & (1UL << rule)) == 0
            && engine._appliesToKind[(rule * engine._kindCount) + (int)kind];
    }
}
