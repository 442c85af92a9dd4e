using System.Text.Json;
using System.Text.RegularExpressions;
using Detector.Scoring;

namespace Detector.Safety.Json;

/// <summary>
/// Reads a safety action catalog file, checks it against the rules of <c>safety-actions.schema.json</c> (and that every
/// referenced resource exists), and maps it to the catalog's entries. Every problem is reported as an
/// <see cref="InvalidDataException"/> whose message starts with the file name.
/// </summary>
internal static partial class SafetyCatalogParser
{
    public const string International = "international";

    public static (string Version, IReadOnlyList<CatalogAction> Actions) Parse(Stream stream, string source)
    {
        SafetyCatalogFile? file;
        try
        {
            file = JsonSerializer.Deserialize(stream, SafetyJsonContext.Default.SafetyCatalogFile);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{source}: {Describe(ex)}", ex);
        }

        if (file is null)
        {
            throw Invalid(source, "expected a JSON object, found null");
        }

        if (string.IsNullOrWhiteSpace(file.Version))
        {
            throw Invalid(source, "missing required field 'version'");
        }

        var resources = ParseResources(file.Resources ?? throw Invalid(source, "missing required field 'resources'"), source);
        var actions = ParseActions(file.Actions ?? throw Invalid(source, "missing required field 'actions'"), resources, source);
        return (file.Version, actions);
    }

    private static Dictionary<string, HelpResource> ParseResources(List<HelpResourceEntry?> entries, string source)
    {
        var resources = new Dictionary<string, HelpResource>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var where = $"resources[{i}]";
            var entry = entries[i] ?? throw Invalid(source, $"{where} is null");
            var id = RequireId(entry.Id, where, source);
            where = $"{where} ('{id}')";
            if (!Uri.TryCreate(Require(entry.Url, "url", where, source), UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps)
            {
                throw Invalid(source, $"{where}: 'url' must be an absolute https URL, not \"{entry.Url}\"");
            }

            var region = Require(entry.Region, "region", where, source);
            if (region != International && !RegionPattern().IsMatch(region))
            {
                throw Invalid(source, $"{where}: 'region' must be a two-letter ISO 3166-1 code such as \"GB\" or \"{International}\", not \"{region}\"");
            }

            var resource = new HelpResource(
                Require(entry.Name, "name", where, source),
                url,
                region,
                RequireWireName<HelpResourceAudience>(entry.Audience, "audience", where, source),
                Require(entry.Description, "description", where, source));
            if (!resources.TryAdd(id, resource))
            {
                throw Invalid(source, $"{where}: duplicate resource id");
            }
        }

        return resources;
    }

    private static List<CatalogAction> ParseActions(List<SafetyActionEntry?> entries, Dictionary<string, HelpResource> resources, string source)
    {
        var actions = new List<CatalogAction>(entries.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            var where = $"actions[{i}]";
            var entry = entries[i] ?? throw Invalid(source, $"{where} is null");
            var id = RequireId(entry.Id, where, source);
            where = $"{where} ('{id}')";
            if (!ids.Add(id))
            {
                throw Invalid(source, $"{where}: duplicate action id");
            }

            var offered = new List<HelpResource>();
            foreach (var resourceId in entry.Resources ?? [])
            {
                offered.Add(resourceId is not null && resources.TryGetValue(resourceId, out var resource)
                    ? resource
                    : throw Invalid(source, $"{where}: unknown resource \"{resourceId}\" (not in 'resources')"));
            }

            var action = new SafetyAction(
                id,
                RequireWireName<SafetyAudience>(entry.Audience, "audience", where, source),
                Require(entry.Title, "title", where, source),
                Require(entry.Message, "message", where, source))
            {
                Resources = offered,
            };
            actions.Add(new CatalogAction(action, ParseTriggers(entry.When, where, source)));
        }

        return actions;
    }

    private static SafetyTrigger[] ParseTriggers(List<SafetyTriggerEntry?>? entries, string where, string source)
    {
        if (entries is not { Count: > 0 })
        {
            throw Invalid(source, $"{where}: 'when' must list at least one condition");
        }

        var triggers = new SafetyTrigger[entries.Count];
        for (var i = 0; i < triggers.Length; i++)
        {
            var at = $"{where}.when[{i}]";
            var entry = entries[i] ?? throw Invalid(source, $"{at} is null");
            if (entry.Levels is null && entry.Signals is null)
            {
                throw Invalid(source, $"{at}: give 'levels', 'signals' or both");
            }

            RiskLevel[]? levels = entry.Levels?.Select(level => RequireWireName<RiskLevel>(level, "levels", at, source)).ToArray();
            string[]? signals = entry.Signals?.Select(signal => RequireId(signal, $"{at}.signals", source)).ToArray();
            if (levels is { Length: 0 } || signals is { Length: 0 })
            {
                throw Invalid(source, $"{at}: 'levels' and 'signals' must not be empty when given");
            }

            triggers[i] = new SafetyTrigger(levels, signals);
        }

        return triggers;
    }

    private static string Describe(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $"line {line + 1}, {ex.Path ?? "$"}" : ex.Path ?? "$";
        var message = ex.Message;
        if (message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return $"{where}: unknown field (not in safety-actions.schema.json)";
        }

        // System.Text.Json appends " Path: … | LineNumber: … | BytePositionInLine: …", already said in 'where'.
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return $"{where}: invalid JSON: {(cut > 0 ? message[..cut] : message)}";
    }

    private static string Require(string? value, string field, string where, string source) =>
        string.IsNullOrWhiteSpace(value) ? throw Invalid(source, $"{where}: missing required field '{field}'") : value;

    private static string RequireId(string? value, string where, string source) =>
        value is not null && IdPattern().IsMatch(value)
            ? value
            : throw Invalid(source, $"{where}: id must be lower-case letters, digits and '_', not {(value is null ? "missing" : $"\"{value}\"")}");

    private static TEnum RequireWireName<TEnum>(string? value, string field, string where, string source)
        where TEnum : struct, Enum =>
        WireNames<TEnum>.TryParse(value, out var parsed)
            ? parsed
            : throw Invalid(source, $"{where}: '{field}' must be one of {string.Join(", ", WireNames<TEnum>.All)}, not {(value is null ? "missing" : $"\"{value}\"")}");

    private static InvalidDataException Invalid(string source, string reason) => new($"{source}: {reason}");

    [GeneratedRegex("^[a-z0-9_]+$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Z]{2}$")]
    private static partial Regex RegionPattern();
}
