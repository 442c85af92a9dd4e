using System.CommandLine;
using System.Globalization;
using Detector.Training.Corpus;

namespace Detector.Cli;

/// <summary>
/// <c>detector corpus --output DIR [--seed N] [--train N] [--validation N] [--test N] [--banks DIR] [--stats FILE] [--update-readme]</c>:
/// regenerates the synthetic corpus (train, validation and test JSON Lines plus stats.json) from the phrasing banks.
/// </summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var defaults = new CorpusOptions();
        var output = new Option<string>("--output", "-o") { Description = "Directory to write train.jsonl, validation.jsonl, test.jsonl and stats.json to.", Required = true };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the generator.", DefaultValueFactory = _ => defaults.Seed };
        var train = new Option<int>("--train") { Description = "Conversations in the train split.", DefaultValueFactory = _ => defaults.Train };
        var validation = new Option<int>("--validation") { Description = "Conversations in the validation split.", DefaultValueFactory = _ => defaults.Validation };
        var test = new Option<int>("--test") { Description = "Conversations in the test split.", DefaultValueFactory = _ => defaults.Test };
        var banks = new Option<string?>("--banks") { Description = "Phrasing bank directory; defaults to training-data/banks of the repository." };
        var stats = new Option<string?>("--stats") { Description = "Also write the statistics as Markdown to this file." };
        var readme = new Option<bool>("--update-readme") { Description = "Replace the statistics block of training-data/README.md (default settings only)." };
        var command = new Command("corpus", "Generate the synthetic training corpus from the phrasing banks (deterministic for a seed).")
        {
            output, seed, train, validation, test, banks, stats, readme,
        };
        command.SetAction(parse => Run(
            parse.GetValue(output)!,
            new CorpusOptions { Seed = parse.GetValue(seed), Train = parse.GetValue(train), Validation = parse.GetValue(validation), Test = parse.GetValue(test) },
            parse.GetValue(banks),
            parse.GetValue(stats),
            parse.GetValue(readme)));
        return command;
    }

    private static int Run(string output, CorpusOptions options, string? banks, string? statsFile, bool updateReadme)
    {
        var root = RepositoryRoot.Find();
        banks ??= root is null ? null : RepositoryRoot.Banks(root);
        if (banks is null)
        {
            Console.Error.WriteLine("detector corpus: not inside the repository (no Detector.sln above); give --banks DIR.");
            return ExitCodes.UsageError;
        }

        if (updateReadme && (!options.IsDefault || root is null))
        {
            Console.Error.WriteLine("detector corpus: --update-readme needs the default settings and the repository's banks.");
            return ExitCodes.UsageError;
        }

        var generator = CorpusGenerator.Load(banks);
        var statistics = generator.Write(output, options, line => Console.Error.WriteLine($"corpus: {line}"));
        var markdown = statistics.ToMarkdown();
        if (statsFile is not null)
        {
            File.WriteAllText(statsFile, markdown);
        }

        if (updateReadme)
        {
            var readme = RepositoryRoot.Readme(root!);
            File.WriteAllText(readme, ReadmeStatisticsBlock.Replace(File.ReadAllText(readme), markdown));
            Console.Error.WriteLine($"corpus: updated the statistics block of {readme}");
        }

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"corpus: wrote {statistics.Conversations(CorpusSplit.Train)} train, {statistics.Conversations(CorpusSplit.Validation)} validation, {statistics.Conversations(CorpusSplit.Test)} test conversations to {output}"));
        return ExitCodes.Success;
    }
}
