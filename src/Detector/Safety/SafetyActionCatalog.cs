using Detector.Safety.Json;
using Detector.Scoring;

namespace Detector.Safety;

/// <summary>
/// The actions a platform should take for an assessed conversation, and the help resources to offer, read from a JSON
/// catalog (<c>safety-actions.json</c>, described by <c>safety-actions.schema.json</c>). The default catalog is embedded
/// in the library; trust-and-safety teams can load their own. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// An action is recommended when its level or signal conditions match the assessment. Its resources are narrowed to
/// those of the requested region plus the <c>international</c> ones; when a <c>minor_indicator</c> signal fired,
/// resources for adults only are left out.
/// </remarks>
public sealed class SafetyActionCatalog
{
    private const string DefaultResourceName = "Detector.Safety.safety-actions.json";
    private const string MinorIndicator = "minor_indicator";
    private static readonly Lazy<SafetyActionCatalog> s_default = new(LoadDefault);

    private readonly IReadOnlyList<CatalogAction> _actions;
    private readonly Dictionary<string, RegionalActions> _byRegion;
    private readonly RegionalActions _international;

    private SafetyActionCatalog(string version, IReadOnlyList<CatalogAction> actions)
    {
        Version = version;
        _actions = actions;
        _international = new RegionalActions(actions, SafetyCatalogParser.International);
        _byRegion = actions
            .SelectMany(action => action.Action.Resources)
            .Select(resource => resource.Region)
            .Where(region => region != SafetyCatalogParser.International)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToDictionary(region => region, region => new RegionalActions(actions, region), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The catalog embedded in the library.</summary>
    public static SafetyActionCatalog Default => s_default.Value;

    /// <summary>The catalog's version, as its editors set it.</summary>
    public string Version { get; }

    /// <summary>Loads a catalog file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid catalog; the message names the file and the problem.</exception>
    public static SafetyActionCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Loads a catalog from <paramref name="stream"/>, which it leaves open.</summary>
    /// <param name="stream">The catalog's JSON.</param>
    /// <param name="source">The name used in error messages, usually the file path.</param>
    /// <exception cref="InvalidDataException">The catalog is not valid; the message names <paramref name="source"/> and the problem.</exception>
    public static SafetyActionCatalog Load(Stream stream, string source)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        var (version, actions) = SafetyCatalogParser.Parse(stream, source);
        return new SafetyActionCatalog(version, actions);
    }

    /// <summary>The actions for <paramref name="assessment"/>, most urgent first (the catalog's order).</summary>
    /// <param name="assessment">The assessment to act on.</param>
    /// <param name="region">
    /// The ISO 3166-1 alpha-2 code of the user's country (<c>GB</c> for the United Kingdom, <c>US</c>), case-insensitive;
    /// <see langword="null"/> or a region the catalog has no resources for gives the <c>international</c> resources only.
    /// </param>
    public IReadOnlyList<SafetyAction> Recommend(Assessment assessment, string? region = null)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var regional = region is not null && _byRegion.TryGetValue(region.Trim(), out var found) ? found : _international;
        var resolved = assessment.Signals.Any(signal => signal.Name == MinorIndicator) ? regional.ForMinor : regional.ForAnyone;

        List<SafetyAction>? recommended = null;
        for (var i = 0; i < _actions.Count; i++)
        {
            if (_actions[i].When.Any(trigger => trigger.Matches(assessment)))
            {
                (recommended ??= []).Add(resolved[i]);
            }
        }

        return recommended ?? (IReadOnlyList<SafetyAction>)[];
    }

    private static SafetyActionCatalog LoadDefault()
    {
        using var stream = typeof(SafetyActionCatalog).Assembly.GetManifestResourceStream(DefaultResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DefaultResourceName} is missing from the Detector assembly.");
        return Load(stream, DefaultResourceName);
    }

    /// <summary>Every action with its resources narrowed to one region, for anyone and for a minor, computed once.</summary>
    private sealed class RegionalActions(IReadOnlyList<CatalogAction> actions, string region)
    {
        public SafetyAction[] ForAnyone { get; } = [.. actions.Select(action => Narrow(action.Action, region, minor: false))];

        public SafetyAction[] ForMinor { get; } = [.. actions.Select(action => Narrow(action.Action, region, minor: true))];

        private static SafetyAction Narrow(SafetyAction action, string region, bool minor) => action with
        {
            Resources = [.. action.Resources.Where(resource =>
                (resource.Region == SafetyCatalogParser.International || string.Equals(resource.Region, region, StringComparison.OrdinalIgnoreCase)) &&
                !(minor && resource.Audience == HelpResourceAudience.Adults))],
        };
    }
}
