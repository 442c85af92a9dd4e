using System.Text.Json;

namespace Detector.Training.Corpus;

/// <summary>
/// The example values placeholders are filled with (<c>training-data/banks/fillers.json</c>): per language, lists of
/// names, platforms, cities, … and currencies. A list a language does not give falls back to English.
/// All values are fictional or reserved example forms.
/// </summary>
internal sealed class FillerBank
{
    /// <summary>The value lists every language must have (directly or through English).</summary>
    public static readonly string[] Lists =
    [
        "female_names", "male_names", "platforms", "cities", "schools", "employers", "items", "relatives",
        "payment_methods", "wallets", "deadlines", "days", "times",
    ];

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> _lists;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<Currency>> _currencies;

    private FillerBank(
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> lists,
        IReadOnlyDictionary<string, IReadOnlyList<Currency>> currencies)
    {
        _lists = lists;
        _currencies = currencies;
    }

    /// <summary>The values of list <paramref name="name"/> for <paramref name="language"/>, falling back to English.</summary>
    public IReadOnlyList<string> Get(string language, string name) =>
        _lists.GetValueOrDefault(language)?.GetValueOrDefault(name) ?? _lists[CorpusBanks.English][name];

    /// <summary>The currencies of <paramref name="language"/>, falling back to English.</summary>
    public IReadOnlyList<Currency> CurrenciesOf(string language) =>
        _currencies.GetValueOrDefault(language) ?? _currencies[CorpusBanks.English];

    /// <summary>Reads and checks <paramref name="file"/>; throws <see cref="InvalidDataException"/> naming what is wrong.</summary>
    public static FillerBank Load(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"Filler values not found: {file}", file);
        }

        var lists = new SortedDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>(StringComparer.Ordinal);
        var currencies = new SortedDictionary<string, IReadOnlyList<Currency>>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(File.ReadAllBytes(file));
        foreach (var language in document.RootElement.EnumerateObject())
        {
            var values = new SortedDictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            foreach (var list in language.Value.EnumerateObject())
            {
                if (list.Name == "currencies")
                {
                    currencies[language.Name] = [.. list.Value.EnumerateArray().Select(ReadCurrency)];
                }
                else if (Lists.Contains(list.Name))
                {
                    values[list.Name] = [.. list.Value.EnumerateArray().Select(item => item.GetString()!)];
                    if (values[list.Name].Count == 0)
                    {
                        throw new InvalidDataException($"{file}: {language.Name}.{list.Name} is empty");
                    }
                }
                else
                {
                    throw new InvalidDataException($"{file}: {language.Name}.{list.Name} is not a known list ({string.Join(", ", Lists)}, currencies)");
                }
            }

            lists[language.Name] = values;
        }

        var english = lists.GetValueOrDefault(CorpusBanks.English);
        var missing = Lists.Where(name => english is null || !english.ContainsKey(name)).ToList();
        if (!currencies.ContainsKey(CorpusBanks.English))
        {
            missing.Add("currencies");
        }

        if (missing.Count > 0)
        {
            throw new InvalidDataException($"{file}: \"en\" must give every list; missing: {string.Join(", ", missing)}");
        }

        return new FillerBank(lists, currencies);
    }

    private static Currency ReadCurrency(JsonElement element) => new(
        element.GetProperty("format").GetString()!,
        element.TryGetProperty("thousands", out var thousands) ? thousands.GetString()! : ",",
        [.. element.GetProperty("amounts").EnumerateArray().Select(item => item.GetInt32())],
        [.. element.GetProperty("low_amounts").EnumerateArray().Select(item => item.GetInt32())]);
}
