using Detector.Training.Corpus;

namespace Detector.Tests.Cli;

/// <summary>The repository's sample files, found from the test binaries.</summary>
internal static class SampleFiles
{
    /// <summary><c>samples/conversations.jsonl</c>: twelve labelled conversations.</summary>
    public static string Conversations { get; } = Path.Combine(
        RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("The tests must run inside the repository."),
        "samples", "conversations.jsonl");
}
