using System.Globalization;
using System.Text;
using System.Text.Json;
using Detector.Conversations;

namespace Detector.Training.Corpus;

/// <summary>
/// Counts of a generated corpus per split: labels, categories, languages, lengths, sextortion scenarios and tactic steps,
/// benign themes, annotated signals and the distinct phrasings of each split's pool. Rendered as the README's Markdown block and as <c>stats.json</c>; both are
/// deterministic (ordinal order, invariant culture).
/// </summary>
public sealed class CorpusStatistics
{
    private static readonly CorpusSplit[] s_splits = Enum.GetValues<CorpusSplit>();
    private static readonly (int Max, string Name)[] s_lengthBuckets =
        [(1, "1"), (5, "2-5"), (10, "6-10"), (20, "11-20"), (40, "21-40"), (int.MaxValue, "41+")];

    private readonly SortedDictionary<string, SortedDictionary<string, long[]>> _tables = new(StringComparer.Ordinal);
    private readonly long[] _conversations = new long[s_splits.Length];
    private readonly long[] _messages = new long[s_splits.Length];

    internal CorpusStatistics(CorpusOptions options) => Options = options;

    /// <summary>The settings the counted corpus was generated with.</summary>
    public CorpusOptions Options { get; }

    /// <summary>The titles of the tables, in the order they are shown.</summary>
    internal static readonly IReadOnlyList<(string Key, string Title)> Tables =
    [
        ("label", "Conversations by label"),
        ("category", "Conversations by category"),
        ("language", "Conversations by language"),
        ("length", "Conversations by length (messages)"),
        ("scenario", "Sextortion conversations by scenario"),
        ("tactic", "Sextortion conversations containing each step"),
        ("theme", "Benign conversations by theme"),
        ("signal", "Messages annotated with each signal"),
        ("phrasings", "Distinct non-empty phrasings in each split's pool, by language"),
    ];

    /// <summary>The number of conversations generated for <paramref name="split"/>.</summary>
    public long Conversations(CorpusSplit split) => _conversations[(int)split];

    /// <summary>The count of <paramref name="value"/> in table <paramref name="table"/> for <paramref name="split"/>.</summary>
    internal long Count(string table, string value, CorpusSplit split) =>
        _tables.GetValueOrDefault(table)?.GetValueOrDefault(value)?[(int)split] ?? 0;

    /// <summary>The values counted in <paramref name="table"/>, in display order.</summary>
    internal IEnumerable<string> Values(string table) =>
        table == "length"
            ? s_lengthBuckets.Select(bucket => bucket.Name).Where(name => _tables["length"].ContainsKey(name))
            : _tables.GetValueOrDefault(table)?.Keys ?? Enumerable.Empty<string>();

    internal void Add(CorpusSplit split, GeneratedConversation generated)
    {
        var conversation = generated.Conversation;
        _conversations[(int)split]++;
        _messages[(int)split] += conversation.Messages.Count;
        Increment("label", conversation.Label == ConversationLabel.Sextortion ? "sextortion" : "benign", split);
        Increment("category", generated.Category, split);
        Increment("language", generated.Language, split);
        Increment("length", s_lengthBuckets.First(bucket => conversation.Messages.Count <= bucket.Max).Name, split);
        if (conversation.Label == ConversationLabel.Sextortion)
        {
            Increment("scenario", generated.Scenario, split);
            foreach (var step in generated.Steps.Distinct(StringComparer.Ordinal))
            {
                Increment("tactic", step, split);
            }
        }
        else
        {
            Increment("theme", generated.Scenario, split);
        }

        foreach (var signal in conversation.Messages.SelectMany(message => message.Signals))
        {
            Increment("signal", signal, split);
        }
    }

    /// <summary>Counts the distinct phrasing keys (<see cref="PhrasingSplitter.KeyOf"/>) each split's pool holds, per language.</summary>
    internal void AddPhrasingPools(CorpusBanks banks)
    {
        foreach (var split in s_splits)
        {
            var pool = PhrasingSplitter.PoolFor(split);
            foreach (var bank in banks.Languages.Values)
            {
                var keys = bank.AllSteps.SelectMany(step => step.In(pool)).Where(p => p.Text.Length > 0)
                    .Select(p => PhrasingSplitter.KeyOf(p.Text)).Distinct(StringComparer.Ordinal).Count();
                Increment("phrasings", bank.Language, split, keys);
            }
        }
    }

    /// <summary>The statistics as Markdown tables (the README's statistics block).</summary>
    public string ToMarkdown()
    {
        var markdown = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        markdown.Append(invariant, $"Seed {Options.Seed}; sizes: train {Options.Train}, validation {Options.Validation}, test {Options.Test}.\n\n");
        markdown.Append("| | train | validation | test |\n| --- | ---: | ---: | ---: |\n");
        markdown.Append(invariant, $"| conversations | {Row(_conversations)} |\n");
        markdown.Append(invariant, $"| messages | {Row(_messages)} |\n");
        foreach (var (key, title) in Tables)
        {
            markdown.Append(invariant, $"\n**{title}**\n\n| {key} | train | validation | test |\n| --- | ---: | ---: | ---: |\n");
            foreach (var value in Values(key))
            {
                markdown.Append(invariant, $"| {value} | {Row(_tables[key][value])} |\n");
            }
        }

        return markdown.ToString();
    }

    /// <summary>Writes the statistics as indented JSON (<c>stats.json</c>).</summary>
    public void WriteJson(Stream stream)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteNumber("seed", Options.Seed);
        json.WriteStartObject("splits");
        foreach (var split in s_splits)
        {
            json.WriteStartObject(Name(split));
            json.WriteNumber("conversations", _conversations[(int)split]);
            json.WriteNumber("messages", _messages[(int)split]);
            foreach (var (key, _) in Tables)
            {
                json.WriteStartObject(key);
                foreach (var value in Values(key))
                {
                    json.WriteNumber(value, _tables[key][value][(int)split]);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>The split's file and JSON name: <c>train</c>, <c>validation</c>, <c>test</c>.</summary>
    public static string Name(CorpusSplit split) => split.ToString().ToLowerInvariant();

    private static string Row(long[] counts) =>
        string.Join(" | ", counts.Select(count => count.ToString(CultureInfo.InvariantCulture)));

    private void Increment(string table, string value, CorpusSplit split, long by = 1)
    {
        if (!_tables.TryGetValue(table, out var counts))
        {
            _tables[table] = counts = new SortedDictionary<string, long[]>(StringComparer.Ordinal);
        }

        if (!counts.TryGetValue(value, out var row))
        {
            counts[value] = row = new long[s_splits.Length];
        }

        row[(int)split] += by;
    }
}
