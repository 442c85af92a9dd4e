using Detector.Training.Corpus;

namespace Detector.Tests.Corpus;

/// <summary>The statistics in training-data/README.md are exactly what the generator produces with the default settings.</summary>
[Collection(CorpusTestGroup.Name)]
public sealed class ReadmeStatisticsTests(CorpusFixture corpus)
{
    [Fact]
    public void TheReadmeBlockMatchesTheGenerator()
    {
        var readme = File.ReadAllText(RepositoryRoot.Readme(corpus.Root));

        var block = ReadmeStatisticsBlock.Extract(readme);

        Assert.NotNull(block);
        Assert.Equal(corpus.Statistics.ToMarkdown(), block);
    }

    [Fact]
    public void ReplacingTheBlockKeepsTheRestOfTheReadme()
    {
        var readme = $"# Title\n\n{ReadmeStatisticsBlock.Begin}\nold\n{ReadmeStatisticsBlock.End}\n\nafter\n";

        var updated = ReadmeStatisticsBlock.Replace(readme, "new\n");

        Assert.Equal($"# Title\n\n{ReadmeStatisticsBlock.Begin}\nnew\n{ReadmeStatisticsBlock.End}\n\nafter\n", updated);
        Assert.Equal("new\n", ReadmeStatisticsBlock.Extract(updated));
    }
}
