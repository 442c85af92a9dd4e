using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using Detector.Conversations;
using Detector.Training.Research;

namespace Detector.Cli;

/// <summary><c>detector import pan12 --input CORPUS.xml --predators IDS.txt --output FILE</c>: research corpora to conversation files.</summary>
internal static class ImportCommand
{
    private const string Pan12Name = "detector import pan12";

    private static readonly TimeSpan s_progressInterval = TimeSpan.FromSeconds(2);

    public static Command Create() =>
        new("import", "Convert a third-party research corpus into a conversation file (JSON Lines) for evaluation.")
        {
            CreatePan12(),
        };

    private static Command CreatePan12()
    {
        var input = CommonOptions.Input("The PAN 2012 corpus XML (e.g. pan12-sexual-predator-identification-training-corpus-2012-05-01.xml); '-' reads standard input.");
        var predators = new Option<string>("--predators", "-p")
        {
            Description = "The corpus's predator author ids, one a line (e.g. pan12-sexual-predator-identification-training-corpus-predators-2012-05-01.txt).",
            Required = true,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Conversation file (JSON Lines) to write; '-' writes standard output.",
            Required = true,
        };
        var date = new Option<DateOnly?>("--date")
        {
            Description = "YYYY-MM-DD. PAN times have no date: by default messages get no timestamp; with a date, each conversation starts on it "
                + "and moves to the next day whenever its clock goes backwards (midnight). Times are taken as UTC.",
            CustomParser = ParseDate,
        };
        var command = new Command(
            "pan12",
            "Convert the PAN 2012 sexual-predator-identification corpus (which Detector does not ship; see samples/Research/README.md). "
            + "PAN 2012 is about the grooming of minors, not financial sextortion: a conversation is labelled 'sextortion' when any of its "
            + "authors is on the predator list, so the label means 'contains a known predator' and results on it measure grooming detection, "
            + "not sextortion detection. 'suspect' is that predator when there is exactly one.")
        {
            input, predators, output, date,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(RunPan12(
            parse.GetValue(input)!, parse.GetValue(predators)!, parse.GetValue(output)!, parse.GetValue(date), cancellationToken)));
        return command;
    }

    private static int RunPan12(string input, string predatorsPath, string output, DateOnly? date, CancellationToken cancellationToken)
    {
        var predatorIds = Pan12Importer.ReadPredatorIds(predatorsPath);
        if (predatorIds.Count == 0)
        {
            Console.Error.WriteLine($"{Pan12Name}: warning: {predatorsPath} lists no predator ids; every conversation will be labelled benign.");
        }

        var importer = new Pan12Importer(predatorIds, date);
        var clock = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        var progress = default(Pan12ImportSummary);

        using var xml = input == "-"
            ? Console.OpenStandardInput()
            : new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var stream = output == "-" ? Console.OpenStandardOutput() : File.Create(output);
        Pan12ImportSummary summary;
        using (var writer = new ConversationWriter(new BufferedStream(stream, 1 << 16)))
        {
            try
            {
                summary = importer.Import(
                    xml, input, writer, invalid => Console.Error.WriteLine(invalid.ToString()), ReportProgress, cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                Console.Error.WriteLine(ex.Message);
                Console.Error.WriteLine(
                    $"{Pan12Name}: stopped after {Count(progress.Conversations)} conversations; {DisplayName(output)} is incomplete.");
                return ExitCodes.Failure;
            }
        }

        Console.Error.WriteLine(
            $"{Pan12Name}: {Count(summary.Conversations)} conversations ({Count(summary.WithPredator)} with a known predator, labelled sextortion; "
            + $"{Count(summary.WithoutPredator)} without, labelled benign), {Count(summary.Messages)} messages, "
            + $"in {clock.Elapsed.TotalSeconds:0.0} s; wrote {DisplayName(output)}.");
        if (summary.WithPredator == 0 && predatorIds.Count > 0)
        {
            Console.Error.WriteLine($"{Pan12Name}: warning: no author in {predatorsPath} occurs in the corpus; is it the list for this corpus?");
        }

        if (summary.Skipped > 0)
        {
            Console.Error.WriteLine($"{Pan12Name}: skipped {Count(summary.Skipped)} conversation(s) or message(s), reported above.");
            return ExitCodes.SkippedLines;
        }

        return ExitCodes.Success;

        void ReportProgress(Pan12ImportSummary current)
        {
            progress = current;
            if (clock.Elapsed - lastReport >= s_progressInterval)
            {
                lastReport = clock.Elapsed;
                Console.Error.WriteLine($"{Pan12Name}: {Count(current.Conversations)} conversations converted ({lastReport.TotalSeconds:0} s)");
            }
        }
    }

    private static DateOnly? ParseDate(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        result.AddError($"'--date' must be a date as YYYY-MM-DD, not '{text}'.");
        return null;
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string DisplayName(string output) => output == "-" ? "standard output" : output;
}
