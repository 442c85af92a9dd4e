using Detector.Training.Corpus;

namespace Detector.Tests.Corpus;

/// <summary>The repository's banks are valid and big enough, and the loader rejects what the format forbids.</summary>
public sealed class BankValidationTests : IDisposable
{
    private const int MinimumEnglishPhrasings = 25;
    private const int MinimumOtherPhrasings = 12;

    private readonly string _banks = RepositoryRoot.Banks(RepositoryRoot.FindFrom(AppContext.BaseDirectory)!);
    private readonly string _scratch = Directory.CreateTempSubdirectory("banks-").FullName;

    [Fact]
    public void TheRepositoryBanksHaveNoProblems()
    {
        var (_, problems) = BankLoader.LoadAndCheck(_banks);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void EveryEnglishStepOfTheFormatExistsWithAtLeast25Phrasings()
    {
        var english = BankLoader.Load(_banks)[CorpusBanks.English]!;
        var steps = english.Sextortion.Concat(english.Victim).Concat(english.SmallTalk).ToDictionary();
        var missing = SextortionSteps.Perpetrator.Concat(SextortionSteps.Victim).Concat(SextortionSteps.SmallTalk)
            .Where(name => !steps.ContainsKey(name));
        var textSteps = steps.Values.Where(step => step.Kind == Detector.Conversations.MessageKind.Text);
        var themeSteps = english.Themes.Values.SelectMany(theme => theme.Steps.Values
            .Where(step => step.Kind == Detector.Conversations.MessageKind.Text)
            .Select(step => (Name: $"{theme.Name}/{step.Name}", step)));
        var shortSteps = textSteps.Select(step => (step.Name, step)).Concat(themeSteps)
            .Where(entry => entry.step.Phrasings.Count < MinimumEnglishPhrasings)
            .Select(entry => $"{entry.Name} ({entry.step.Phrasings.Count})");

        Assert.Empty(missing);
        Assert.True(!shortSteps.Any(), "en steps with fewer than 25 phrasings: " + string.Join(", ", shortSteps));
    }

    [Fact]
    public void OtherLanguagesHaveAtLeast12PhrasingsPerTextStep()
    {
        var banks = BankLoader.Load(_banks);
        var shortSteps = banks.Languages.Values.Where(bank => bank.Language != CorpusBanks.English)
            .SelectMany(bank => bank.Sextortion.Values.Concat(bank.Victim.Values).Concat(bank.SmallTalk.Values)
                .Concat(bank.Themes.Values.SelectMany(theme => theme.Steps.Values))
                .Where(step => step.Kind == Detector.Conversations.MessageKind.Text && step.Phrasings.Count < MinimumOtherPhrasings)
                .Select(step => $"{bank.Language}/{step.Name} ({step.Phrasings.Count})"))
            .ToList();

        Assert.True(shortSteps.Count == 0, "steps with fewer than 12 phrasings: " + string.Join(", ", shortSteps));
    }

    [Fact]
    public void TheFillersLoad() =>
        Assert.NotEmpty(FillerBank.Load(Path.Combine(_banks, "fillers.json")).Get("fr", "platforms"));

    [Fact]
    public void AnUnknownPlaceholderIsReportedWithFileAndStep()
    {
        var file = Write("en/sextortion.json", """
            {"language":"en","steps":{"approach":{"role":"suspect","signals":["stranger_contact"],"phrasings":["hi {victim_name}","hey {username}"]}}}
            """);

        var (_, problems) = BankLoader.LoadAndCheck(_scratch);

        var problem = Assert.Single(problems);
        Assert.Contains(file, problem, StringComparison.Ordinal);
        Assert.Contains("step 'approach'", problem, StringComparison.Ordinal);
        Assert.Contains("{username}", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSignalsRolesKindsAndScriptStepsAreReported()
    {
        Write("en/victim.json", """
            {"language":"en","steps":{
              "refuse":{"role":"victim","signals":["not_a_signal"],"phrasings":["no"]},
              "pay":{"role":"payer","phrasings":["done"]},
              "payment_event":{"role":"victim","kind":"wire","phrasings":[""]}}}
            """);
        Write("en/negatives/bill_split.json", """
            {"language":"en","steps":{"open":{"role":"a","phrasings":["dinner was 60"]}},"scripts":[["open","pay"]]}
            """);

        var (_, problems) = BankLoader.LoadAndCheck(_scratch);

        Assert.Contains(problems, p => p.Contains("step 'refuse'", StringComparison.Ordinal) && p.Contains("not_a_signal", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("step 'pay'", StringComparison.Ordinal) && p.Contains("role", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("step 'payment_event'", StringComparison.Ordinal) && p.Contains("kind", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("bill_split.json", StringComparison.Ordinal) && p.Contains("'pay'", StringComparison.Ordinal));
    }

    [Fact]
    public void InvalidJsonIsReportedAndLoadThrows()
    {
        var file = Write("fr/sextortion.json", """{"language":"fr","steps":{""");

        var (_, problems) = BankLoader.LoadAndCheck(_scratch);

        Assert.Contains(problems, p => p.StartsWith(file, StringComparison.Ordinal) && p.Contains("JSON", StringComparison.Ordinal));
        Assert.Throws<InvalidDataException>(() => BankLoader.Load(_scratch));
    }

    [Fact]
    public void MissingFilesAreNotProblems()
    {
        Directory.CreateDirectory(Path.Combine(_scratch, "es"));

        var (banks, problems) = BankLoader.LoadAndCheck(_scratch);

        Assert.Empty(problems);
        Assert.False(banks["es"]!.HasSextortion);
    }

    [Fact]
    public void AStepWithThreePhrasingsKeepsOneInEachPool()
    {
        var phrasings = Phrasings("hello there", "hi you", "good evening");

        var (train, validation, test) = PhrasingSplitter.Split(phrasings);

        Assert.Single(train);
        Assert.Single(validation);
        Assert.Single(test);
        Assert.Equal(phrasings.Select(p => p.Text).Order(), train.Concat(validation).Concat(test).Select(p => p.Text).Order());
        Assert.Equal(PhrasingSplitter.KeyOf("Hi {victim_name}!"), PhrasingSplitter.KeyOf("hi {friend_name}"));
    }

    [Fact]
    public void LargerStepsSplitIntoDisjointPoolsOfAboutSeventyFifteenFifteen()
    {
        var phrasings = Phrasings([.. Enumerable.Range(0, 2000).Select(i => $"phrasing number {i}")]);

        var (train, validation, test) = PhrasingSplitter.Split(phrasings);

        Assert.Equal(2000, train.Count + validation.Count + test.Count);
        Assert.Empty(train.Intersect(validation));
        Assert.Empty(train.Intersect(test));
        Assert.Empty(validation.Intersect(test));
        Assert.InRange(train.Count, 1300, 1500);
        Assert.InRange(validation.Count, 230, 370);
        Assert.InRange(test.Count, 230, 370);
        Assert.All(test, p => Assert.Equal(PhrasingPool.Test, PhrasingSplitter.PoolOf(p.Text)));
    }

    [Fact]
    public void AStepWithTwoPhrasingsHoldsOneOutForTestAndValidationFallsBackToTrain()
    {
        var (train, validation, test) = PhrasingSplitter.Split(Phrasings("hello there", "hi you"));

        Assert.Single(train);
        Assert.Single(test);
        Assert.NotEqual(train[0], test[0]);
        Assert.Equal(train, validation);
    }

    [Fact]
    public void ASinglePhrasingAndEmptyPhrasingsAreInEveryPool()
    {
        var (train, validation, test) = PhrasingSplitter.Split(Phrasings("", "the only way to say it"));

        Assert.All(new[] { train, validation, test }, pool => Assert.Equal(["", "the only way to say it"], pool.Select(p => p.Text)));
    }

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    private static List<Phrasing> Phrasings(params string[] texts) => [.. texts.Select(text => new Phrasing(text, []))];

    private string Write(string relative, string json)
    {
        var path = Path.Combine(_scratch, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }
}
