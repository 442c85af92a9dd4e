using Detector.Training.Corpus;

namespace Detector.Tests.Corpus;

/// <summary>
/// Generates the corpus once with the default settings (in memory, about 4 s in Release) from the repository's banks,
/// for the tests that check what the committed configuration produces.
/// </summary>
public sealed class CorpusFixture
{
    public CorpusFixture()
    {
        Root = RepositoryRoot.FindFrom(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("The tests must run inside the repository (no Detector.sln found above them).");
        Banks = BankLoader.Load(RepositoryRoot.Banks(Root));
        Fillers = FillerBank.Load(Path.Combine(RepositoryRoot.Banks(Root), "fillers.json"));
        var generator = new CorpusGenerator(Banks, Fillers);
        var splits = new Dictionary<CorpusSplit, List<GeneratedConversation>>();
        Statistics = generator.Run(Options, (split, conversations) => splits[split] = [.. conversations]);
        Splits = splits;
    }

    public static CorpusOptions Options { get; } = new();

    public string Root { get; }

    internal CorpusBanks Banks { get; }

    internal FillerBank Fillers { get; }

    public CorpusStatistics Statistics { get; }

    internal IReadOnlyDictionary<CorpusSplit, List<GeneratedConversation>> Splits { get; }

    internal CorpusGenerator NewGenerator() => new(Banks, Fillers);
}

[CollectionDefinition(Name)]
public sealed class CorpusTestGroup : ICollectionFixture<CorpusFixture>
{
    public const string Name = "Corpus";
}
