using Detector.Rules;
using System.Text.Json;
using Detector.Conversations;

namespace Detector.Training.Corpus;

/// <summary>
/// Reads the phrasing banks (<c>LANG/sextortion.json</c>, <c>LANG/victim.json</c>, <c>LANG/smalltalk.json</c>,
/// <c>LANG/negatives/THEME.json</c>) in the format of <c>training-data/banks/FORMAT.md</c> and checks them. Missing files are fine
/// (banks are written over time); a file that is present must be valid, and every problem is reported with its file and step.
/// </summary>
internal static class BankLoader
{
    private static readonly string[] s_roles = ["suspect", "victim", "a", "b", "any"];

    /// <summary>Loads every bank under <paramref name="directory"/>; throws <see cref="InvalidDataException"/> listing all problems.</summary>
    public static CorpusBanks Load(string directory)
    {
        var (banks, problems) = LoadAndCheck(directory);
        return problems.Count == 0
            ? banks
            : throw new InvalidDataException($"{problems.Count} problem(s) in the phrasing banks:{Environment.NewLine}  " +
                string.Join(Environment.NewLine + "  ", problems));
    }

    /// <summary>Loads what it can and lists every problem as <c>FILE: step 'NAME': reason</c>.</summary>
    public static (CorpusBanks Banks, IReadOnlyList<string> Problems) LoadAndCheck(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Phrasing bank directory not found: {directory}");
        }

        var problems = new List<string>();
        var languages = new SortedDictionary<string, LanguageBank>(StringComparer.Ordinal);
        foreach (var languageDirectory in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileName(languageDirectory);
            var themes = new SortedDictionary<string, ThemeBank>(StringComparer.Ordinal);
            var negatives = Path.Combine(languageDirectory, "negatives");
            if (Directory.Exists(negatives))
            {
                foreach (var file in Directory.GetFiles(negatives, "*.json").Order(StringComparer.Ordinal))
                {
                    var theme = Path.GetFileNameWithoutExtension(file);
                    var (steps, scripts) = ReadFile(file, language, problems);
                    CheckScripts(file, steps, scripts, problems);
                    if (scripts.Count > 0)
                    {
                        themes[theme] = new ThemeBank(theme, steps, scripts);
                    }
                    else
                    {
                        problems.Add($"{file}: a theme file needs at least one script");
                    }
                }
            }

            languages[language] = new LanguageBank(
                language,
                ReadOptional(Path.Combine(languageDirectory, "sextortion.json"), language, problems),
                ReadOptional(Path.Combine(languageDirectory, "victim.json"), language, problems),
                ReadOptional(Path.Combine(languageDirectory, "smalltalk.json"), language, problems),
                themes);
        }

        var banks = new CorpusBanks(languages);
        PhrasingSplitter.SplitAll([.. banks.AllSteps]);
        return (banks, problems);
    }

    private static IReadOnlyDictionary<string, BankStep> ReadOptional(string file, string language, List<string> problems) =>
        File.Exists(file) ? ReadFile(file, language, problems).Steps : new Dictionary<string, BankStep>();

    private static (IReadOnlyDictionary<string, BankStep> Steps, IReadOnlyList<IReadOnlyList<ScriptStep>> Scripts) ReadFile(
        string file, string language, List<string> problems)
    {
        var steps = new SortedDictionary<string, BankStep>(StringComparer.Ordinal);
        var scripts = new List<IReadOnlyList<ScriptStep>>();
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(file));
        }
        catch (JsonException ex)
        {
            problems.Add($"{file}: not valid JSON: {ex.Message}");
            return (steps, scripts);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{file}: the top level must be an object");
                return (steps, scripts);
            }

            if (!root.TryGetProperty("language", out var declared) || declared.ValueKind != JsonValueKind.String ||
                declared.GetString() != language)
            {
                problems.Add($"{file}: \"language\" must be \"{language}\" (the folder it is in)");
            }

            if (!root.TryGetProperty("steps", out var stepsElement) || stepsElement.ValueKind != JsonValueKind.Object)
            {
                problems.Add($"{file}: \"steps\" must be an object");
                return (steps, scripts);
            }

            foreach (var property in stepsElement.EnumerateObject())
            {
                if (ReadStep(file, property.Name, property.Value, problems) is { } step)
                {
                    steps[step.Name] = step;
                }
            }

            if (root.TryGetProperty("scripts", out var scriptsElement))
            {
                scripts.AddRange(ReadScripts(file, scriptsElement, problems));
            }
        }

        return (steps, scripts);
    }

    private static BankStep? ReadStep(string file, string name, JsonElement element, List<string> problems)
    {
        var where = $"{file}: step '{name}'";
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"{where}: must be an object");
            return null;
        }

        var role = element.TryGetProperty("role", out var roleElement) ? roleElement.GetString() : null;
        if (role is null || !s_roles.Contains(role))
        {
            problems.Add($"{where}: \"role\" must be one of {string.Join(", ", s_roles)}");
            return null;
        }

        var kind = MessageKind.Text;
        if (element.TryGetProperty("kind", out var kindElement) &&
            !WireNames<MessageKind>.TryParse(kindElement.ValueKind == JsonValueKind.String ? kindElement.GetString() : null, out kind))
        {
            problems.Add($"{where}: unknown \"kind\" {kindElement}");
            return null;
        }

        var stepSignals = element.TryGetProperty("signals", out var signalsElement)
            ? ReadSignals(where, signalsElement, problems)
            : [];
        if (!element.TryGetProperty("phrasings", out var phrasingsElement) || phrasingsElement.ValueKind != JsonValueKind.Array ||
            phrasingsElement.GetArrayLength() == 0)
        {
            problems.Add($"{where}: \"phrasings\" must be a non-empty array");
            return null;
        }

        var phrasings = new List<Phrasing>();
        var index = 0;
        foreach (var item in phrasingsElement.EnumerateArray())
        {
            var at = $"{where}, phrasing {index++}";
            var phrasing = item.ValueKind switch
            {
                JsonValueKind.String => new Phrasing(item.GetString()!, stepSignals),
                JsonValueKind.Object when item.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String =>
                    new Phrasing(text.GetString()!, item.TryGetProperty("signals", out var own) ? ReadSignals(at, own, problems) : stepSignals),
                _ => null,
            };
            if (phrasing is null)
            {
                problems.Add($"{at}: must be a string or an object with a \"text\" string");
                continue;
            }

            foreach (var unknown in Placeholders.Unknown(phrasing.Text).Distinct())
            {
                problems.Add($"{at}: unknown placeholder {{{unknown}}} in \"{phrasing.Text}\"");
            }

            if (phrasing.Text.Length == 0 && kind == MessageKind.Text)
            {
                problems.Add($"{at}: an empty phrasing is only allowed for event kinds");
            }

            phrasings.Add(phrasing);
        }

        return phrasings.Count == 0 ? null : new BankStep(name, role, kind, phrasings);
    }

    private static string[] ReadSignals(string where, JsonElement element, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{where}: \"signals\" must be an array");
            return [];
        }

        var signals = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            var signal = item.ValueKind == JsonValueKind.String ? item.GetString()! : item.ToString();
            if (SignalNames.All.Contains(signal))
            {
                signals.Add(signal);
            }
            else
            {
                problems.Add($"{where}: unknown signal \"{signal}\"");
            }
        }

        return [.. signals.Distinct(StringComparer.Ordinal)];
    }

    private static IEnumerable<IReadOnlyList<ScriptStep>> ReadScripts(string file, JsonElement element, List<string> problems)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            problems.Add($"{file}: \"scripts\" must be an array of arrays of step names");
            yield break;
        }

        foreach (var script in element.EnumerateArray())
        {
            if (script.ValueKind != JsonValueKind.Array ||
                script.EnumerateArray().Any(entry => entry.ValueKind != JsonValueKind.String))
            {
                problems.Add($"{file}: every script must be an array of step names");
                continue;
            }

            yield return [.. script.EnumerateArray().Select(entry => ScriptStep.Parse(entry.GetString()!))];
        }
    }

    private static void CheckScripts(
        string file, IReadOnlyDictionary<string, BankStep> steps, IReadOnlyList<IReadOnlyList<ScriptStep>> scripts, List<string> problems)
    {
        foreach (var script in scripts)
        {
            foreach (var entry in script.Where(entry => !steps.ContainsKey(entry.Name)))
            {
                problems.Add($"{file}: a script names step '{entry.Name}', which the file does not define");
            }
        }

        foreach (var step in steps.Values.Where(step => step.Role is not ("a" or "b")))
        {
            problems.Add($"{file}: step '{step.Name}': a theme step's role must be \"a\" or \"b\"");
        }
    }
}
