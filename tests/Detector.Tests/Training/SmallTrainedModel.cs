using Detector.Conversations;
using Detector.Training.Corpus;
using Detector.Training.Training;

namespace Detector.Tests.Training;

/// <summary>
/// A small model trained once per test run from a small generated corpus (a few hundred conversations, few trees),
/// shared by the training tests: real training, just small.
/// </summary>
public sealed class SmallTrainedModel : IDisposable
{
    public SmallTrainedModel()
    {
        Root = Directory.CreateTempSubdirectory("detector-train-").FullName;
        var corpus = Path.Combine(Root, "corpus");
        var banks = RepositoryRoot.Banks(RepositoryRoot.Find() ?? throw new InvalidOperationException("Tests run inside the repository."));
        CorpusGenerator.Load(banks).Write(corpus, new CorpusOptions { Train = 400, Validation = 200, Test = 20 });
        Training = Read(Path.Combine(corpus, "train.jsonl"));
        Validation = Read(Path.Combine(corpus, "validation.jsonl"));
        ModelDirectory = Train("model");
    }

    public string Root { get; }

    public List<Conversation> Training { get; }

    public List<Conversation> Validation { get; }

    public string ModelDirectory { get; }

    public static TrainingOptions Options => new() { Trees = 20, LeavesPerTree = 8, MinimumRowsPerLeaf = 10 };

    public string Train(string name)
    {
        var directory = Path.Combine(Root, name);
        ModelTrainer.Train(Training, Validation, new Dictionary<string, string> { ["train.jsonl"] = "t", ["validation.jsonl"] = "v" },
            directory, Options, TrainingProgress.Silent);
        return directory;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private static List<Conversation> Read(string path) =>
        [.. ConversationReader.ReadFileAsync(path).ToBlockingEnumerable()];
}
