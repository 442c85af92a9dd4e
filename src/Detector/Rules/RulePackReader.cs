using System.Text.Json;
using Detector.Conversations;
using Detector.Rules.Matching;
using Detector.Rules.Patterns;

namespace Detector.Rules;

/// <summary>
/// Reads a rule pack from JSON, checking it against the schema (<c>rule-pack.schema.json</c>) and
/// the engine's own rules, and collecting every problem rather than stopping at the first.
/// </summary>
internal sealed class RulePackReader
{
    /// <summary>The largest pack file accepted.</summary>
    public const int MaxBytes = 5 * 1024 * 1024;

    /// <summary>The most phrases accepted in one pack.</summary>
    public const int MaxPhrases = 20_000;

    /// <summary>The most rules accepted in one pack.</summary>
    public const int MaxRules = 5_000;

    /// <summary>
    /// The most phrase expansions accepted in one pack: the plain phrases its alternatives stand for, counted per phrase
    /// as the product of the alternatives of its words (<c>send|give me money|cash</c> is 4).
    /// </summary>
    public const long MaxExpansions = 1_000_000;

    private static readonly HashSet<string> s_packProperties = ["$schema", "id", "version", "language", "description", "rules"];
    private static readonly HashSet<string> s_ruleProperties =
        ["id", "signal", "weight", "phrases", "patterns", "sender", "kinds", "near", "examples"];

    private readonly string _source;
    private readonly List<RulePackProblem> _problems = [];
    private int _phraseCount;
    private long _expansionCount;

    private RulePackReader(string source) => _source = source;

    /// <summary>Reads a pack; returns it with no problems, or <see langword="null"/> with at least one.</summary>
    public static RulePack? Read(ReadOnlySpan<byte> utf8Json, string source, bool overrides, out IReadOnlyList<RulePackProblem> problems)
    {
        var reader = new RulePackReader(source);
        var pack = reader.ReadPack(utf8Json, overrides);
        problems = reader._problems;
        return reader._problems.Count == 0 ? pack : null;
    }

    private RulePack? ReadPack(ReadOnlySpan<byte> utf8Json, bool overrides)
    {
        if (utf8Json.Length > MaxBytes)
        {
            Problem(null, $"pack too large: {utf8Json.Length:N0} bytes (at most {MaxBytes:N0})");
            return null;
        }

        JsonDocument document;
        try
        {
            var bytes = utf8Json.ToArray();
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            Problem(null, $"invalid JSON: {ex.Message}");
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                Problem(null, "the pack must be a JSON object");
                return null;
            }

            UnknownProperties(root, s_packProperties, null);
            var id = RequiredString(root, "id", null);
            if (id is not null && !IsValidId(id))
            {
                Problem(null, $"pack id \"{id}\" must match [a-z0-9._-]+");
            }

            var version = RequiredString(root, "version", null);
            var language = OptionalString(root, "language", null);
            var description = OptionalString(root, "description", null);
            var rules = new List<Rule>();
            if (!root.TryGetProperty("rules", out var rulesElement) || rulesElement.ValueKind != JsonValueKind.Array)
            {
                Problem(null, "\"rules\" must be an array");
            }
            else if (rulesElement.GetArrayLength() > MaxRules)
            {
                Problem(null, $"pack too large: {rulesElement.GetArrayLength():N0} rules (at most {MaxRules:N0})");
            }
            else
            {
                var ids = new HashSet<string>(StringComparer.Ordinal);
                var index = 0;
                foreach (var ruleElement in rulesElement.EnumerateArray())
                {
                    if (ReadRule(ruleElement, index++) is { } rule)
                    {
                        if (!ids.Add(rule.Id))
                        {
                            Problem(rule.Id, "duplicate rule id in this pack");
                        }

                        rules.Add(rule);
                    }
                }
            }

            if (_phraseCount > MaxPhrases)
            {
                Problem(null, $"pack too large: {_phraseCount:N0} phrases (at most {MaxPhrases:N0})");
            }

            if (_expansionCount > MaxExpansions)
            {
                Problem(null, $"pack too large: its phrases expand to more than {MaxExpansions:N0} plain phrases (split alternatives into fewer, shorter phrases)");
            }

            return _problems.Count == 0
                ? new RulePack(id!, version!, language, description, rules, _source, overrides)
                : null;
        }
    }

    private Rule? ReadRule(JsonElement element, int index)
    {
        var label = $"#{index}";
        if (element.ValueKind != JsonValueKind.Object)
        {
            Problem(label, "a rule must be a JSON object");
            return null;
        }

        var id = RequiredString(element, "id", label);
        if (id is not null)
        {
            label = id;
            if (!IsValidId(id))
            {
                Problem(label, "rule id must match [a-z0-9._-]+");
            }
        }

        var before = _problems.Count;
        UnknownProperties(element, s_ruleProperties, label);
        var signal = RequiredString(element, "signal", label);
        if (signal is not null && !SignalNames.All.Contains(signal))
        {
            Problem(label, $"unknown signal \"{signal}\"");
        }

        var weight = ReadWeight(element, label);
        var phrases = StringArray(element, "phrases", label) ?? [];
        var patterns = StringArray(element, "patterns", label) ?? [];
        if (phrases.Count == 0 && patterns.Count == 0)
        {
            Problem(label, "the rule has no phrases and no patterns");
        }

        _phraseCount += phrases.Count;
        var parsed = new PhraseSlot[phrases.Count][];
        for (var p = 0; p < phrases.Count; p++)
        {
            parsed[p] = PhraseParser.Parse(phrases[p], out var problem)!;
            if (problem is not null)
            {
                Problem(label, problem);
            }
            else
            {
                _expansionCount += Expansions(parsed[p]);
            }
        }

        foreach (var pattern in patterns)
        {
            if (!PatternScanner.TryParse(pattern, out _))
            {
                Problem(label, $"unknown pattern \"{pattern}\" (known: {string.Join(", ", PatternScanner.Names)})");
            }
        }

        var sender = ReadSender(element, label);
        var kinds = ReadKinds(element, label);
        var near = ReadNear(element, label);
        var (matchExamples, noMatchExamples) = ReadExamples(element, label);
        return _problems.Count == before && id is not null && signal is not null
            ? new Rule(id, signal, weight, phrases, patterns, sender, kinds, near, matchExamples, noMatchExamples, parsed)
            : null;
    }

    private double ReadWeight(JsonElement rule, string label)
    {
        if (!rule.TryGetProperty("weight", out var element) || element.ValueKind != JsonValueKind.Number)
        {
            Problem(label, "\"weight\" must be a number in (0, 1]");
            return 0;
        }

        var weight = element.GetDouble();
        if (!(weight > 0 && weight <= 1))
        {
            Problem(label, $"bad weight {weight}: must be in (0, 1]");
        }

        return weight;
    }

    private RuleSender ReadSender(JsonElement rule, string label)
    {
        var sender = OptionalString(rule, "sender", label);
        switch (sender)
        {
            case null or "any":
                return RuleSender.Any;
            case "suspect":
                return RuleSender.Suspect;
            case "victim":
                return RuleSender.Victim;
            default:
                Problem(label, $"unknown sender \"{sender}\" (any, suspect or victim)");
                return RuleSender.Any;
        }
    }

    private List<MessageKind> ReadKinds(JsonElement rule, string label)
    {
        var kinds = new List<MessageKind>();
        foreach (var name in StringArray(rule, "kinds", label) ?? [])
        {
            if (WireNames<MessageKind>.TryParse(name, out var kind))
            {
                kinds.Add(kind);
            }
            else
            {
                Problem(label, $"unknown message kind \"{name}\" (known: {string.Join(", ", WireNames<MessageKind>.All)})");
            }
        }

        return kinds;
    }

    private RuleNearCondition? ReadNear(JsonElement rule, string label)
    {
        if (!rule.TryGetProperty("near", out var near))
        {
            return null;
        }

        var signal = near.ValueKind == JsonValueKind.Object ? RequiredString(near, "signal", label) : null;
        if (near.ValueKind != JsonValueKind.Object || signal is null
            || !near.TryGetProperty("within", out var within) || !within.TryGetInt32(out var count) || count is < 0 or > 1000)
        {
            Problem(label, "\"near\" must be { \"signal\": NAME, \"within\": 0..1000 }");
            return null;
        }

        if (!SignalNames.All.Contains(signal))
        {
            Problem(label, $"unknown signal \"{signal}\" in \"near\"");
        }

        return new RuleNearCondition(signal, count);
    }

    private (List<string> Match, List<string> NoMatch) ReadExamples(JsonElement rule, string label)
    {
        if (!rule.TryGetProperty("examples", out var examples))
        {
            return ([], []);
        }

        if (examples.ValueKind != JsonValueKind.Object)
        {
            Problem(label, "\"examples\" must be an object with \"match\" and \"noMatch\" arrays");
            return ([], []);
        }

        UnknownProperties(examples, ["match", "noMatch"], label);
        return (StringArray(examples, "match", label) ?? [], StringArray(examples, "noMatch", label) ?? []);
    }

    private List<string>? StringArray(JsonElement parent, string name, string label)
    {
        if (!parent.TryGetProperty(name, out var array))
        {
            return null;
        }

        if (array.ValueKind != JsonValueKind.Array || array.EnumerateArray().Any(item => item.ValueKind != JsonValueKind.String))
        {
            Problem(label, $"\"{name}\" must be an array of strings");
            return null;
        }

        return [.. array.EnumerateArray().Select(item => item.GetString()!)];
    }

    private string? RequiredString(JsonElement parent, string name, string? label)
    {
        var value = OptionalString(parent, name, label);
        if (value is null && !parent.TryGetProperty(name, out _))
        {
            Problem(label, $"missing \"{name}\"");
        }
        else if (value is { Length: 0 })
        {
            Problem(label, $"\"{name}\" is empty");
            return null;
        }

        return value;
    }

    private string? OptionalString(JsonElement parent, string name, string? label)
    {
        if (!parent.TryGetProperty(name, out var element))
        {
            return null;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            Problem(label, $"\"{name}\" must be a string");
            return null;
        }

        return element.GetString();
    }

    private void UnknownProperties(JsonElement element, HashSet<string> known, string? label)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Problem(label, $"unknown property \"{property.Name}\"");
            }
        }
    }

    /// <summary>The plain phrases <paramref name="slots"/> stand for, saturating just past <see cref="MaxExpansions"/>.</summary>
    private static long Expansions(PhraseSlot[] slots)
    {
        var expansions = 1L;
        foreach (var slot in slots)
        {
            expansions = Math.Min(expansions * Math.Max(1, slot.Alternatives.Length), MaxExpansions + 1);
        }

        return expansions;
    }

        private static bool IsValidId(string id) =>
        id.Length > 0 && id.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '_' or '-');

    private void Problem(string? ruleId, string problem) => _problems.Add(new RulePackProblem(_source, ruleId, problem));
}
