using Detector.Conversations;
using Detector.Training.Corpus;

namespace Detector.Tests.Scoring;

/// <summary>
/// Conversations drawn once from the corpus generator's validation split (the same banks and seed as
/// <c>detector corpus</c>), for the property and concurrency tests: a mix of sextortion and benign ones, the benign
/// ones alone, and a bank of small-talk lines taken from its everyday small-talk conversations.
/// </summary>
internal static class GeneratedConversations
{
    /// <summary>How many validation conversations are generated (about half benign); a fraction of a second.</summary>
    private const int Count = 400;

    private static readonly Lazy<IReadOnlyList<GeneratedConversation>> s_generated = new(Generate);

    /// <summary>Every generated conversation, in split order.</summary>
    public static IReadOnlyList<Conversation> All => [.. s_generated.Value.Select(g => g.Conversation)];

    /// <summary>The benign ones (hard negatives and everyday chat).</summary>
    public static IReadOnlyList<Conversation> Benign =>
        [.. s_generated.Value.Where(g => g.Conversation.Label == ConversationLabel.Benign).Select(g => g.Conversation)];

    /// <summary>English small-talk lines, from the generated conversations voiced from <c>smalltalk.json</c> alone.</summary>
    public static IReadOnlyList<string> SmallTalk =>
        [.. s_generated.Value
            .Where(g => g.Scenario == BenignComposer.SmallTalkTheme && g.Language == "en")
            .SelectMany(g => g.Conversation.Messages)
            .Select(m => m.Text)
            .Where(text => text.Length > 0)
            .Distinct(StringComparer.Ordinal)];

    private static IReadOnlyList<GeneratedConversation> Generate()
    {
        var root = RepositoryRoot.FindFrom(AppContext.BaseDirectory)
            ?? throw new InvalidOperationException("The tests must run inside the repository (no Detector.sln found above them).");
        return [.. CorpusGenerator.Load(RepositoryRoot.Banks(root)).Generate(CorpusSplit.Validation, Count, CorpusOptions.DefaultSeed)];
    }
}
