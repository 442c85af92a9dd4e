namespace Detector.Training.Corpus;

/// <summary>All phrasing banks, by language (<c>en</c> first is not implied: look languages up by name).</summary>
internal sealed record CorpusBanks(IReadOnlyDictionary<string, LanguageBank> Languages)
{
    public const string English = "en";

    private readonly Dictionary<PhrasingPool, HashSet<string>> _keys = [];
    private readonly Dictionary<PhrasingPool, HashSet<string>> _keysOutside = [];

    /// <summary>Every step of every language, themes included.</summary>
    public IEnumerable<BankStep> AllSteps => Languages.Values.SelectMany(bank => bank.AllSteps);

    /// <summary>The <see cref="PhrasingSplitter.KeyOf"/> keys of the non-empty phrasings in <paramref name="pool"/>, in every language.</summary>
    public IReadOnlySet<string> KeysIn(PhrasingPool pool)
    {
        lock (_keys)
        {
            if (!_keys.TryGetValue(pool, out var keys))
            {
                _keys[pool] = keys = [.. AllSteps.SelectMany(step => step.In(pool)).Where(p => p.Text.Length > 0).Select(p => PhrasingSplitter.KeyOf(p.Text))];
            }

            return keys;
        }
    }

    /// <summary>
    /// The keys of the other pools that are not in <paramref name="pool"/>: texts a split drawing from it must not
    /// produce (a key shared by a fallback, see <see cref="PhrasingSplitter"/>, is the split's own).
    /// </summary>
    public IReadOnlySet<string> KeysOutside(PhrasingPool pool)
    {
        lock (_keysOutside)
        {
            if (!_keysOutside.TryGetValue(pool, out var keys))
            {
                _keysOutside[pool] = keys = [.. Enum.GetValues<PhrasingPool>().Where(other => other != pool).SelectMany(KeysIn).Where(key => !KeysIn(pool).Contains(key))];
            }

            return keys;
        }
    }

    public LanguageBank? this[string language] => Languages.GetValueOrDefault(language);
}
