using System.CommandLine;
using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Cli;

/// <summary><c>detector score --input FILE [--output FILE] [--model DIR]</c>: one result line per conversation.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var output = new Option<string?>("--output", "-o") { Description = "File to write result lines to; standard output when omitted." };
        var model = CommonOptions.Model();
        var command = new Command("score", "Score every conversation in a file; writes one JSON result line per conversation.")
        {
            input, output, model,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(input)!, parse.GetValue(output), parse.GetValue(model), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string input, string? output, string? modelDirectory, CancellationToken cancellationToken)
    {
        var scorer = ScorerLoader.Load(modelDirectory);
        var skipped = new SkippedLineReporter();

        var stream = output is null ? Console.OpenStandardOutput() : File.Create(output);
        await using (var writer = new ScoreResultWriter(new BufferedStream(stream, 1 << 16)))
        {
            await foreach (var conversation in ConversationReader.ReadFileAsync(input, skipped.ReaderOptions(), cancellationToken).ConfigureAwait(false))
            {
                writer.Write(conversation.Id, scorer.Score(conversation));
            }
        }

        return skipped.ExitCode;
    }
}
