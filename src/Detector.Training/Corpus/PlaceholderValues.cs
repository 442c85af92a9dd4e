namespace Detector.Training.Corpus;

/// <summary>
/// The values one conversation fills its placeholders with: drawn once, so a name, an amount or an app stays the same
/// throughout. <c>{platform}</c> is the app the chat started on until the conversation moves, then the app it moved to.
/// </summary>
internal sealed class PlaceholderValues
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly string _targetPlatform;

    public PlaceholderValues(FillerBank fillers, string language, SeededRandom random, string victimNames, string suspectNames, int age)
    {
        string Pick(string list) => random.Pick(fillers.Get(language, list));

        var anyNames = random.Chance(0.5) ? "female_names" : "male_names";
        _values["victim_name"] = Pick(victimNames);
        _values["suspect_name"] = Pick(suspectNames);
        _values["friend_name"] = Pick(anyNames);
        _values["a_name"] = Pick(victimNames);
        _values["b_name"] = Pick(suspectNames);
        _values["relative"] = Pick("relatives");
        _values["platform"] = Pick("platforms");
        _targetPlatform = PickOther(fillers.Get(language, "platforms"), _values["platform"], random);
        var currency = random.Pick(fillers.CurrenciesOf(language));
        _values["amount"] = currency.Write(random.Pick(currency.Amounts));
        _values["low_amount"] = currency.Write(random.Pick(currency.LowAmounts));
        _values["payment_method"] = Pick("payment_methods");
        _values["wallet"] = Pick("wallets");
        _values["deadline"] = Pick("deadlines");
        _values["age"] = age.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values["city"] = Pick("cities");
        _values["school"] = Pick("schools");
        _values["employer"] = Pick("employers");
        _values["item"] = Pick("items");
        _values["day"] = Pick("days");
        _values["time"] = Pick("times");
    }

    /// <summary>Set once the conversation has moved to another app: <c>{platform}</c> then names the new app.</summary>
    public bool Moved { get; set; }

    public string Fill(string text) => text.Contains('{', StringComparison.Ordinal)
        ? Placeholders.Pattern().Replace(text, match => match.Groups[1].Value == "platform" && Moved
            ? _targetPlatform
            : _values.GetValueOrDefault(match.Groups[1].Value, match.Value))
        : text;

    private static string PickOther(IReadOnlyList<string> values, string not, SeededRandom random)
    {
        var others = values.Where(value => value != not).ToList();
        return others.Count == 0 ? not : random.Pick(others);
    }
}
