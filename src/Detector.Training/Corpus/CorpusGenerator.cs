using System.Diagnostics;
using Detector.Conversations;

namespace Detector.Training.Corpus;

/// <summary>
/// Generates the synthetic corpus: for each split, conversations composed from that split's own pool of the phrasing
/// banks (<see cref="PhrasingSplitter"/>). Each conversation is drawn from its own generator seeded by (seed, split,
/// index), so output is byte-for-byte the same for a seed.
/// In every block of 20 conversations, 9 are hard negatives, 9 sextortion and 2 everyday chat, so benign conversations
/// always outnumber sextortion ones and hard negatives are at least as many as positives. About 15 % are voiced in
/// another language whose banks can voice them.
/// </summary>
public sealed class CorpusGenerator
{
    private const double NonEnglishShare = 0.15;
    private const double HackerShare = 0.12;
    private const double TimestampShare = 0.9;
    private const int MaxAttempts = 10;

    private readonly CorpusBanks _banks;
    private readonly FillerBank _fillers;

    internal CorpusGenerator(CorpusBanks banks, FillerBank fillers)
    {
        _banks = banks;
        _fillers = fillers;
    }

    /// <summary>Loads the banks and fillers under <paramref name="banksDirectory"/> (throws if they are invalid).</summary>
    public static CorpusGenerator Load(string banksDirectory) =>
        new(BankLoader.Load(banksDirectory), FillerBank.Load(Path.Combine(banksDirectory, "fillers.json")));

    /// <summary>The conversations of one split, in order.</summary>
    internal IEnumerable<GeneratedConversation> Generate(CorpusSplit split, int count, ulong seed)
    {
        for (var index = 0; index < count; index++)
        {
            yield return GenerateOne(split, index, seed);
        }
    }

    /// <summary>Generates every split, counting them; <paramref name="write"/> receives each split's conversations.</summary>
    internal CorpusStatistics Run(CorpusOptions options, Action<CorpusSplit, IEnumerable<GeneratedConversation>>? write = null, Action<string>? progress = null)
    {
        var statistics = new CorpusStatistics(options);
        statistics.AddPhrasingPools(_banks);
        var clock = Stopwatch.StartNew();
        foreach (var split in Enum.GetValues<CorpusSplit>())
        {
            var count = options.CountOf(split);
            var conversations = Generate(split, count, options.Seed).Select((generated, index) =>
            {
                statistics.Add(split, generated);
                if (progress is not null && ((index + 1) % 5000 == 0 || index + 1 == count))
                {
                    progress($"{CorpusStatistics.Name(split)}: {index + 1}/{count} conversations ({clock.Elapsed.TotalSeconds:0.0} s)");
                }

                return generated;
            });
            if (write is null)
            {
                foreach (var _ in conversations)
                {
                }
            }
            else
            {
                write(split, conversations);
            }
        }

        return statistics;
    }

    /// <summary>Writes <c>train.jsonl</c>, <c>validation.jsonl</c>, <c>test.jsonl</c> and <c>stats.json</c> to <paramref name="directory"/>.</summary>
    /// <param name="directory">The output directory; created if missing.</param>
    /// <param name="options">The seed and split sizes.</param>
    /// <param name="progress">Receives a progress line now and then (split, count, elapsed time).</param>
    /// <returns>The statistics of what was written.</returns>
    public CorpusStatistics Write(string directory, CorpusOptions options, Action<string>? progress = null)
    {
        Directory.CreateDirectory(directory);
        var statistics = Run(options, (split, conversations) =>
        {
            using var writer = new ConversationWriter(new BufferedStream(File.Create(Path.Combine(directory, CorpusStatistics.Name(split) + ".jsonl")), 1 << 16));
            foreach (var generated in conversations)
            {
                writer.Write(generated.Conversation);
            }
        }, progress);
        using var stats = File.Create(Path.Combine(directory, "stats.json"));
        statistics.WriteJson(stats);
        return statistics;
    }

    private GeneratedConversation GenerateOne(CorpusSplit split, int index, ulong seed)
    {
        var random = SeededRandom.For(seed, (ulong)split + 1, index);
        var pool = PhrasingSplitter.PoolFor(split);
        var id = $"{CorpusStatistics.Name(split)}-{index:D6}";
        var slot = index % 20;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var generated = slot < 9 ? HardNegative(id, pool, random)
                : slot < 18 ? Sextortion(id, split, pool, random)
                : Everyday(id, pool, random);
            if (generated.Conversation.Messages.Count > 0)
            {
                return generated;
            }
        }

        throw new InvalidDataException($"The banks could not voice conversation {id} in {MaxAttempts} attempts: a step they need is missing.");
    }

    private GeneratedConversation Sextortion(string id, CorpusSplit split, PhrasingPool pool, SeededRandom random)
    {
        var hackerBank = PickLanguage(random, bank => bank.Sextortion.ContainsKey(SextortionSteps.HackerEmail) || bank.Sextortion.ContainsKey(SextortionSteps.HackerShort1));
        var hacker = hackerBank is not null && random.Chance(HackerShare);
        var bank = hacker ? hackerBank! : PickLanguage(random, bank => bank.Sextortion.ContainsKey(SextortionSteps.Approach))
            ?? throw new InvalidDataException("No language has a sextortion bank with an 'approach' step.");
        var persona = hacker ? PerpetratorPersona.Hacker : Personas.PickWeighted(Personas.Perpetrators, random);
        var victimPersona = Personas.PickWeighted(Personas.Victims, random);
        var suspectStyle = Personas.PickWeighted(StyleChoices.Suspect, random);
        var heldOut = StyleChoices.HeldOutFor(split);
        if (heldOut.Count > 0 && !hacker && random.Chance(StyleChoices.HeldOutSharePerCombination * heldOut.Count))
        {
            (persona, suspectStyle) = random.Pick(heldOut);
        }

        while (StyleChoices.IsReservedElsewhere(split, persona, suspectStyle))
        {
            suspectStyle = Personas.PickWeighted(StyleChoices.Suspect, random);
        }

        var (suspect, victim) = ParticipantIds(random);
        var styles = new Dictionary<string, MessageStyle>
        {
            [suspect] = suspectStyle,
            [victim] = Personas.PickWeighted(StyleChoices.Victim, random),
        };
        var values = new PlaceholderValues(_fillers, bank.Language, random, Personas.NameList(victimPersona),
            Personas.NameList(persona, random), Personas.AgeOf(victimPersona, random));
        var plan = hacker
            ? SextortionComposer.Hacker(random, suspect, victim)
            : SextortionComposer.FakeProfile(random, persona, victimPersona, suspect, victim);
        var draft = Render(plan.Beats, name => bank.Sextortion.GetValueOrDefault(name) ?? bank.Victim.GetValueOrDefault(name) ?? bank.SmallTalk.GetValueOrDefault(name),
            pool, bank.Language, values, styles, random);
        var conversation = new Conversation(id, draft.Messages) { Label = ConversationLabel.Sextortion, Suspect = suspect };
        return new GeneratedConversation(conversation, "sextortion", bank.Language, plan.Scenario, draft.Steps, persona, suspectStyle);
    }

    private GeneratedConversation HardNegative(string id, PhrasingPool pool, SeededRandom random)
    {
        static IEnumerable<ThemeBank> Hard(LanguageBank bank) => bank.Themes.Values.Where(theme => !BenignComposer.EverydayThemes.Contains(theme.Name));
        var bank = PickLanguage(random, bank => Hard(bank).Any())
            ?? throw new InvalidDataException("No language has a hard-negative theme (negatives/THEME.json).");
        return Benign(id, "hard_negative", bank, random.Pick(Hard(bank).ToList()), pool, random);
    }

    private GeneratedConversation Everyday(string id, PhrasingPool pool, SeededRandom random)
    {
        static IReadOnlyList<ThemeBank> Themes(LanguageBank bank) => [.. bank.Themes.Values.Where(theme => BenignComposer.EverydayThemes.Contains(theme.Name))];
        var bank = PickLanguage(random, bank => bank.SmallTalk.Count > 0 || Themes(bank).Count > 0)
            ?? throw new InvalidDataException("No language has small talk or an everyday theme.");
        var themes = Themes(bank);
        var theme = themes.Count > 0 && (bank.SmallTalk.Count == 0 || random.Chance(0.5)) ? random.Pick(themes) : null;
        return Benign(id, "everyday", bank, theme, pool, random);
    }

    private GeneratedConversation Benign(string id, string category, LanguageBank bank, ThemeBank? theme, PhrasingPool pool, SeededRandom random)
    {
        var (a, b) = ParticipantIds(random);
        var styles = new Dictionary<string, MessageStyle>
        {
            [a] = Personas.PickWeighted(StyleChoices.Benign, random),
            [b] = Personas.PickWeighted(StyleChoices.Benign, random),
        };
        var values = new PlaceholderValues(_fillers, bank.Language, random, random.Chance(0.5) ? "female_names" : "male_names",
            random.Chance(0.5) ? "female_names" : "male_names", random.Between(18, 60));
        var plan = theme is null ? BenignComposer.SmallTalk(random, a, b) : BenignComposer.FromTheme(theme, random, a, b);
        var draft = Render(plan.Beats, name => theme?.Steps.GetValueOrDefault(name) ?? bank.SmallTalk.GetValueOrDefault(name),
            pool, bank.Language, values, styles, random);
        var conversation = new Conversation(id, draft.Messages) { Label = ConversationLabel.Benign };
        return new GeneratedConversation(conversation, category, bank.Language, plan.Theme, draft.Steps);
    }

    private ConversationDraft Render(
        IEnumerable<Beat> beats, Func<string, BankStep?> lookup, PhrasingPool pool, string language, PlaceholderValues values,
        IReadOnlyDictionary<string, MessageStyle> styles, SeededRandom random)
    {
        var draft = new ConversationDraft(lookup, _banks.KeysOutside(pool), pool, language, values, new ConversationClock(random, random.Chance(TimestampShare)), styles, random);
        draft.Play(beats);
        return draft;
    }

    /// <summary>English, or with probability <see cref="NonEnglishShare"/> another language; only languages that <paramref name="can"/> voice the conversation.</summary>
    private LanguageBank? PickLanguage(SeededRandom random, Func<LanguageBank, bool> can)
    {
        var candidates = _banks.Languages.Values.Where(can).ToList();
        var others = candidates.Where(bank => bank.Language != CorpusBanks.English).ToList();
        var english = candidates.FirstOrDefault(bank => bank.Language == CorpusBanks.English);
        var nonEnglish = random.Chance(NonEnglishShare);
        return (nonEnglish || english is null) && others.Count > 0 ? random.Pick(others) : english;
    }

    private static (string First, string Second) ParticipantIds(SeededRandom random)
    {
        var (first, second) = random.Next(4) switch
        {
            0 => ("u1", "u2"),
            1 => ($"user_{random.Between(1000, 99999)}", $"user_{random.Between(100000, 999999)}"),
            2 => ($"p{random.Between(10, 999)}", $"p{random.Between(1000, 9999)}"),
            _ => ("a", "b"),
        };
        return random.Chance(0.5) ? (first, second) : (second, first);
    }
}
