using System.CommandLine;
using System.CommandLine.Parsing;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Detector.Conversations;
using Detector.Scoring;
using Detector.Training.Corpus;
using Detector.Training.Training;

namespace Detector.Cli;

/// <summary>
/// <c>detector train [--input FILE…] [--validation FILE] --output DIR</c>: trains the text and conversation models and
/// writes them with a manifest. Without <c>--input</c> it regenerates the default corpus and trains on it, which is how
/// the bundled models are made.
/// </summary>
internal static class TrainCommand
{
    /// <summary>The share of conversations held out for validation when no validation file is given.</summary>
    private const double ValidationShare = 0.15;

    public static Command Create()
    {
        var input = new Option<string[]>("--input", "-i")
        {
            Description = "Labelled conversation files (JSON Lines, with per-message 'signals'). Omit to regenerate and use the default corpus.",
            AllowMultipleArgumentsPerToken = true,
        };
        var validation = new Option<string?>("--validation", "-v")
        {
            Description = "Labelled conversations for calibration and the threshold; without it 15 % of the input is held out by id.",
        };
        var output = new Option<string>("--output", "-o") { Description = "Directory to write the models and manifest to.", Required = true };
        var seed = new Option<int>("--seed") { Description = "Seed for training (deterministic for a seed).", DefaultValueFactory = _ => new TrainingOptions().Seed };
        var defaults = new TrainingOptions();
        var trees = new Option<int>("--trees") { Description = "Boosted trees in the conversation model.", DefaultValueFactory = _ => defaults.Trees };
        var leaves = new Option<int>("--leaves") { Description = "Most leaves per tree.", DefaultValueFactory = _ => defaults.LeavesPerTree };
        var minLeaf = new Option<int>("--min-leaf") { Description = "Fewest training prefixes per leaf.", DefaultValueFactory = _ => defaults.MinimumRowsPerLeaf };
        var featureFraction = new Option<double>("--feature-fraction") { Description = "Share of features each tree may use.", DefaultValueFactory = _ => defaults.FeatureFraction };
        var positiveFrom = new Option<Stage>("--positive-from")
        {
            Description = "Stage from which a sextortion conversation's prefixes are labelled positive (earlier ones are left out); 'none' labels every prefix.",
            DefaultValueFactory = _ => defaults.PositiveFrom,
            CustomParser = result => WireNames<Stage>.TryParse(result.Tokens[0].Value, out var stage)
                ? stage
                : Fail(result, $"not a stage: '{result.Tokens[0].Value}' (one of: {string.Join(", ", WireNames<Stage>.All)})"),
        };
        var smallTalk = new Option<double>("--small-talk")
        {
            Description = "Share of training conversations into which signal-free lines are inserted (0 turns it off).",
            DefaultValueFactory = _ => defaults.SmallTalkShare,
        };
        var crop = new Option<double>("--crop")
        {
            Description = "Share of training conversations whose opening is dropped, to learn from conversations seen from the middle (0 turns it off).",
            DefaultValueFactory = _ => defaults.CropShare,
        };
        var command = new Command("train", "Train the text and conversation models and write them with a manifest.")
        {
            input, validation, output, seed, trees, leaves, minLeaf, featureFraction, positiveFrom, smallTalk, crop,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(input) ?? [], parse.GetValue(validation), parse.GetValue(output)!,
            new TrainingOptions
            {
                Seed = parse.GetValue(seed),
                Trees = parse.GetValue(trees),
                LeavesPerTree = parse.GetValue(leaves),
                MinimumRowsPerLeaf = parse.GetValue(minLeaf),
                FeatureFraction = parse.GetValue(featureFraction),
                PositiveFrom = parse.GetValue(positiveFrom),
                SmallTalkShare = parse.GetValue(smallTalk),
                CropShare = parse.GetValue(crop),
            },
            cancellationToken));
        return command;
    }

    private static Stage Fail(ArgumentResult result, string error)
    {
        result.AddError(error);
        return default;
    }

    private static async Task<int> RunAsync(string[] inputs, string? validationFile, string output, TrainingOptions options, CancellationToken cancellationToken)
    {
        var progress = new TrainingProgress(line => Console.Error.WriteLine($"train: {line}"));
        if (inputs.Length == 0)
        {
            if (RepositoryRoot.Find() is not { } root)
            {
                Console.Error.WriteLine("detector train: give --input FILE, or run inside the repository to train on the default corpus.");
                return ExitCodes.UsageError;
            }

            var generated = Path.Combine(root, "training-data", "generated");
            progress.Report($"regenerating the default corpus in {generated}");
            CorpusGenerator.Load(RepositoryRoot.Banks(root)).Write(generated, new CorpusOptions(), line => progress.Report($"corpus: {line}"));
            inputs = [Path.Combine(generated, "train.jsonl")];
            validationFile = Path.Combine(generated, "validation.jsonl");
        }

        var skipped = new SkippedLineReporter();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var training = new List<Conversation>();
        foreach (var path in inputs)
        {
            training.AddRange(await ReadAsync(path, files, skipped, cancellationToken).ConfigureAwait(false));
        }

        List<Conversation> validation;
        if (validationFile is null)
        {
            validation = [.. training.Where(IsHeldOut)];
            training.RemoveAll(IsHeldOut);
        }
        else
        {
            validation = await ReadAsync(validationFile, files, skipped, cancellationToken).ConfigureAwait(false);
        }

        ModelTrainer.Train(training, validation, files, output, options, progress);
        return skipped.ExitCode;
    }

    private static async Task<List<Conversation>> ReadAsync(string path, SortedDictionary<string, string> files, SkippedLineReporter skipped, CancellationToken cancellationToken)
    {
        var conversations = new List<Conversation>();
        await foreach (var conversation in ConversationReader.ReadFileAsync(path, skipped.ReaderOptions, cancellationToken).ConfigureAwait(false))
        {
            conversations.Add(conversation);
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            files[Path.GetFileName(path)] = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
        }

        return conversations;
    }

    private static bool IsHeldOut(Conversation conversation) =>
        BinaryPrimitives.ReadUInt32LittleEndian(SHA256.HashData(Encoding.UTF8.GetBytes(conversation.Id))) % 1000 < ValidationShare * 1000;
}
