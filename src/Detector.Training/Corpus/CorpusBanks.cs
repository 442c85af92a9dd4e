namespace Detector.Training.Corpus;

/// <summary>All phrasing banks, by language (<c>en</c> first is not implied: look languages up by name).</summary>
internal sealed record CorpusBanks(IReadOnlyDictionary<string, LanguageBank> Languages)
{
    public const string English = "en";

    private HashSet<string>? _trainKeys;
    private HashSet<string>? _testKeys;

    /// <summary>Every step of every language, themes included.</summary>
    public IEnumerable<BankStep> AllSteps => Languages.Values
        .SelectMany(bank => bank.Sextortion.Values.Concat(bank.Victim.Values).Concat(bank.SmallTalk.Values)
            .Concat(bank.Themes.Values.SelectMany(theme => theme.Steps.Values)));

    /// <summary>The <see cref="PhrasingSplitter.KeyOf"/> keys of the non-empty phrasings in <paramref name="pool"/>, in every language.</summary>
    public IReadOnlySet<string> KeysIn(PhrasingPool pool) => pool == PhrasingPool.Train
        ? _trainKeys ??= Keys(PhrasingPool.Train)
        : _testKeys ??= Keys(PhrasingPool.Test);

    private HashSet<string> Keys(PhrasingPool pool) =>
        [.. AllSteps.SelectMany(step => step.In(pool)).Where(p => p.Text.Length > 0).Select(p => PhrasingSplitter.KeyOf(p.Text))];

    public LanguageBank? this[string language] => Languages.GetValueOrDefault(language);
}
