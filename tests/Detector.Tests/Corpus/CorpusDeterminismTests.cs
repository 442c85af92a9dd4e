using Detector.Training.Corpus;

namespace Detector.Tests.Corpus;

[Collection(CorpusTestGroup.Name)]
public sealed class CorpusDeterminismTests(CorpusFixture corpus) : IDisposable
{
    private static readonly string[] s_files = ["train.jsonl", "validation.jsonl", "test.jsonl", "stats.json"];
    private readonly string _directory = Directory.CreateTempSubdirectory("corpus-determinism-").FullName;

    [Fact]
    public void SameSeedGivesTheSameBytes()
    {
        var options = new CorpusOptions { Train = 400, Validation = 100, Test = 100 };
        var first = Path.Combine(_directory, "first");
        var second = Path.Combine(_directory, "second");
        corpus.NewGenerator().Write(first, options);
        corpus.NewGenerator().Write(second, options);

        foreach (var file in s_files)
        {
            var bytes = File.ReadAllBytes(Path.Combine(first, file));
            Assert.NotEmpty(bytes);
            Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(second, file)));
        }
    }

    [Fact]
    public void AnotherSeedGivesOtherConversations()
    {
        var first = Path.Combine(_directory, "a");
        var second = Path.Combine(_directory, "b");
        corpus.NewGenerator().Write(first, new CorpusOptions { Train = 100, Validation = 10, Test = 10, Seed = 1 });
        corpus.NewGenerator().Write(second, new CorpusOptions { Train = 100, Validation = 10, Test = 10, Seed = 2 });

        Assert.NotEqual(File.ReadAllBytes(Path.Combine(first, "train.jsonl")), File.ReadAllBytes(Path.Combine(second, "train.jsonl")));
    }

    [Fact]
    public void AConversationDoesNotDependOnTheSplitSize()
    {
        var small = corpus.NewGenerator().Generate(CorpusSplit.Train, 50, CorpusOptions.DefaultSeed).Select(c => c.Conversation);
        var large = corpus.Splits[CorpusSplit.Train].Take(50).Select(c => c.Conversation);

        Assert.Equal(large.Select(Line), small.Select(Line));
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static string Line(Detector.Conversations.Conversation conversation)
    {
        using var stream = new MemoryStream();
        using (var writer = new Detector.Conversations.ConversationWriter(stream, leaveOpen: true))
        {
            writer.Write(conversation);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
