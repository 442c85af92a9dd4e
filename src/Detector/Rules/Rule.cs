using Detector.Conversations;
using Detector.Rules.Matching;

namespace Detector.Rules;

/// <summary>One rule of a pack: what it looks for, which signal it emits, and its conditions.</summary>
public sealed class Rule
{
    internal Rule(
        string id, string signal, double weight, IReadOnlyList<string> phrases, IReadOnlyList<string> patterns,
        RuleSender sender, IReadOnlyList<MessageKind> kinds, RuleNearCondition? near,
        IReadOnlyList<string> matchExamples, IReadOnlyList<string> noMatchExamples, PhraseSlot[][] parsedPhrases)
    {
        ParsedPhrases = parsedPhrases;
        Id = id;
        Signal = signal;
        Weight = weight;
        Phrases = phrases;
        Patterns = patterns;
        Sender = sender;
        Kinds = kinds;
        Near = near;
        MatchExamples = matchExamples;
        NoMatchExamples = noMatchExamples;
    }

    /// <summary>The rule's id, unique across the loaded packs (e.g. <c>threat.send-to-family</c>).</summary>
    public string Id { get; }

    /// <summary>The wire name of the signal it emits (see <see cref="SignalNames"/>).</summary>
    public string Signal { get; }

    /// <summary>Its weight, in (0, 1].</summary>
    public double Weight { get; }

    /// <summary>Its phrases, as written in the pack.</summary>
    public IReadOnlyList<string> Phrases { get; }

    /// <summary>The built-in pattern scanners it uses (e.g. <c>money_amount</c>).</summary>
    public IReadOnlyList<string> Patterns { get; }

    /// <summary>The side of the conversation it listens to; applied by the scorer, which knows the sides.</summary>
    public RuleSender Sender { get; }

    /// <summary>The message kinds it applies to; empty for all kinds. Applied by the engine.</summary>
    public IReadOnlyList<MessageKind> Kinds { get; }

    /// <summary>Its proximity condition, if any; applied by the scorer over the conversation.</summary>
    public RuleNearCondition? Near { get; }

    /// <summary>Example messages it must fire on.</summary>
    public IReadOnlyList<string> MatchExamples { get; }

    /// <summary>Example messages it must not fire on.</summary>
    public IReadOnlyList<string> NoMatchExamples { get; }

    /// <summary>The phrases, parsed and normalised when the pack was read (parallel to <see cref="Phrases"/>).</summary>
    internal PhraseSlot[][] ParsedPhrases { get; }

    /// <summary>Whether the rule applies to messages of the given kind.</summary>
    public bool AppliesTo(MessageKind kind) => Kinds.Count == 0 || Kinds.Contains(kind);
}
