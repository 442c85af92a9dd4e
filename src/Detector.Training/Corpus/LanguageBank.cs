namespace Detector.Training.Corpus;

/// <summary>Everything the banks hold for one language; any part may be empty while banks are being written.</summary>
internal sealed record LanguageBank(
    string Language,
    IReadOnlyDictionary<string, BankStep> Sextortion,
    IReadOnlyDictionary<string, BankStep> Victim,
    IReadOnlyDictionary<string, BankStep> SmallTalk,
    IReadOnlyDictionary<string, ThemeBank> Themes)
{
    /// <summary>Whether this language can voice sextortion conversations.</summary>
    public bool HasSextortion => Sextortion.Count > 0;

    /// <summary>Every step of this language, themes included.</summary>
    public IEnumerable<BankStep> AllSteps => Sextortion.Values.Concat(Victim.Values).Concat(SmallTalk.Values)
        .Concat(Themes.Values.SelectMany(theme => theme.Steps.Values));
}
