namespace Detector.Training.Corpus;

/// <summary>All phrasing banks, by language (<c>en</c> first is not implied: look languages up by name).</summary>
internal sealed record CorpusBanks(IReadOnlyDictionary<string, LanguageBank> Languages)
{
    public const string English = "en";

    public LanguageBank? this[string language] => Languages.GetValueOrDefault(language);
}
