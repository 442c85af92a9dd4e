namespace Detector.Rules;

/// <summary>
/// A validated rule pack: a versioned set of rules read from JSON (see <c>rule-pack.schema.json</c>).
/// The default packs are embedded in the library; teams add or override packs from files at start-up.
/// </summary>
/// <remarks>
/// Packs from outside are untrusted: a pack that is malformed, too large (more than 5 MB, 5,000 rules,
/// 20,000 phrases or a million plain phrases once alternatives are expanded), names an unknown signal or
/// pattern, or has a bad weight or phrase is refused with a
/// <see cref="RulePackException"/> whose problems name the file, the rule and the problem.
/// </remarks>
public sealed class RulePack
{
    private const string ResourcePrefix = "Detector.Rules.Packs.";
    private const string SchemaResource = ResourcePrefix + "rule-pack.schema.json";

    internal RulePack(string id, string version, string? language, string? description, IReadOnlyList<Rule> rules, string source, bool overrides)
    {
        Id = id;
        Version = version;
        Language = language;
        Description = description;
        Rules = rules;
        Source = source;
        Overrides = overrides;
    }

    /// <summary>The pack's id; packs sharing an id form one rule set (<c>default</c> for the embedded one).</summary>
    public string Id { get; }

    /// <summary>The rule set's version.</summary>
    public string Version { get; }

    /// <summary>The language of its phrases (<c>en</c>, <c>fr</c>, …), if stated.</summary>
    public string? Language { get; }

    /// <summary>Its description, if any.</summary>
    public string? Description { get; }

    /// <summary>Its rules, in file order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Where it was read from: a file path or an embedded resource name.</summary>
    public string Source { get; }

    /// <summary>
    /// Whether its rules replace rules with the same id from packs loaded before it (set when
    /// loading); without it, a repeated rule id is an error.
    /// </summary>
    public bool Overrides { get; }

    /// <summary>Reads and validates a pack file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <param name="overrides">Whether its rules may replace rules with the same id from earlier packs (e.g. the embedded ones).</param>
    /// <exception cref="RulePackException">The pack is invalid.</exception>
    public static RulePack Load(string path, bool overrides = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        var info = new FileInfo(path);
        if (info.Exists && info.Length > RulePackReader.MaxBytes)
        {
            throw new RulePackException([new RulePackProblem(path, null, $"pack too large: {info.Length:N0} bytes (at most {RulePackReader.MaxBytes:N0})")]);
        }

        return Parse(File.ReadAllBytes(path), path, overrides);
    }

    /// <summary>Reads and validates a pack from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The pack's JSON.</param>
    /// <param name="source">The name to use in problems (a file name).</param>
    /// <param name="overrides">Whether its rules may replace rules with the same id from earlier packs.</param>
    /// <exception cref="RulePackException">The pack is invalid.</exception>
    public static RulePack Parse(ReadOnlySpan<byte> utf8Json, string source, bool overrides = false)
    {
        ArgumentNullException.ThrowIfNull(source);
        return RulePackReader.Read(utf8Json, source, overrides, out var problems) ?? throw new RulePackException(problems);
    }

    /// <summary>The packs embedded in the library (the default rule set), in name order.</summary>
    /// <exception cref="RulePackException">An embedded pack is invalid.</exception>
    public static IReadOnlyList<RulePack> LoadEmbedded()
    {
        var packs = new List<RulePack>();
        var problems = new List<RulePackProblem>();
        foreach (var (file, json) in EmbeddedPackFiles())
        {
            if (RulePackReader.Read(json, file, false, out var packProblems) is { } pack)
            {
                packs.Add(pack);
            }

            problems.AddRange(packProblems);
        }

        return problems.Count == 0 ? packs : throw new RulePackException(problems);
    }

    /// <summary>The embedded pack files: their file names (<c>default.en.json</c>) and JSON, in name order.</summary>
    internal static IEnumerable<(string File, byte[] Json)> EmbeddedPackFiles()
    {
        var assembly = typeof(RulePack).Assembly;
        foreach (var name in EmbeddedResourceNames())
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            yield return (name[ResourcePrefix.Length..], memory.ToArray());
        }
    }

    internal static IEnumerable<string> EmbeddedResourceNames() =>
        typeof(RulePack).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name != SchemaResource)
            .Order(StringComparer.Ordinal);
}
