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
}
