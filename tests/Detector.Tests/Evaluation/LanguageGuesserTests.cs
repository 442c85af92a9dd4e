using Detector.Conversations;
using Detector.Training.Corpus;
using Detector.Training.Evaluation;

namespace Detector.Tests.Evaluation;

public sealed class LanguageGuesserTests
{
    private static readonly LanguageGuesser s_guesser = LanguageGuesser.Default;

    [Theory]
    [InlineData("en", "hey, is this the one from the party? I don't know what to do with it")]
    [InlineData("es", "Hola guapo, creo que tenemos amigos en común. ¿Tienes WhatsApp? Por aquí casi no entro")]
    [InlineData("fr", "Bonjour, je suis un ami de ton frère. Tu as WhatsApp ? On sera plus tranquilles")]
    [InlineData("pcm", "Abeg una, this month contribution don ready? No wahala, make e no pass Friday")]
    [InlineData("tl", "Anong ginagawa mo? Ang gwapo mo sa profile pic mo. Usap tayo sa Messenger")]
    [InlineData(LanguageGuesser.Unknown, "👍 12345 ok")]
    public void Guesses_the_language_from_function_words(string expected, string text) =>
        Assert.Equal(expected, s_guesser.Guess([text]));

    [Fact]
    public void Agrees_with_the_generator_on_most_conversations_of_every_language()
    {
        var root = RepositoryRoot.FindFrom(AppContext.BaseDirectory)!;
        var generator = new CorpusGenerator(BankLoader.Load(RepositoryRoot.Banks(root)), FillerBank.Load(Path.Combine(RepositoryRoot.Banks(root), "fillers.json")));
        var generated = generator.Generate(CorpusSplit.Test, 2000, seed: 7).ToList();

        foreach (var language in generated.GroupBy(g => g.Language))
        {
            var right = language.Count(g => s_guesser.Guess(g.Conversation.Messages.Select(m => m.Text)) == language.Key);
            Assert.True(right >= 0.9 * language.Count(), $"{language.Key}: {right} of {language.Count()} guessed right");
        }
    }

    [Fact]
    public async Task Matches_the_language_counts_of_the_hand_written_set()
    {
        // training-data/handwritten/README.md: 186 English, 8 French, 9 Spanish, 8 Pidgin, 9 Tagalog/Taglish conversations.
        var root = RepositoryRoot.FindFrom(AppContext.BaseDirectory)!;
        var counts = new Dictionary<string, int>();
        await foreach (var conversation in ConversationReader.ReadFileAsync(Path.Combine(root, "training-data", "handwritten", "handwritten.jsonl")))
        {
            var language = s_guesser.Guess(conversation.Messages.Select(m => m.Text));
            counts[language] = counts.GetValueOrDefault(language) + 1;
        }

        foreach (var (language, expected) in new Dictionary<string, int> { ["en"] = 186, ["fr"] = 8, ["es"] = 9, ["pcm"] = 8, ["tl"] = 9 })
        {
            Assert.InRange(counts.GetValueOrDefault(language), expected - 2, expected + 2);
        }
    }
}
