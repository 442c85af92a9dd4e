using System.CommandLine;
using Detector.Conversations;
using Detector.Evidence;

namespace Detector.Cli;

/// <summary>
/// <c>detector evidence --input FILE --id ID --output FILE [--model DIR]</c>: scores one conversation and writes a
/// tamper-evident evidence bundle of it for a report to the police or a hotline. Its subcommand <c>verify</c> checks one.
/// </summary>
internal static class EvidenceCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var id = CommonOptions.Id();
        var output = new Option<string>("--output", "-o") { Description = "File to write the evidence bundle (JSON) to.", Required = true };
        var model = CommonOptions.Model();
        var command = new Command("evidence", "Export one conversation and its assessment as a tamper-evident evidence bundle (JSON) for a report to the police or a hotline.")
        {
            input, id, output, model,
            EvidenceVerifyCommand.Create(),
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(input)!, parse.GetValue(id)!, parse.GetValue(output)!, parse.GetValue(model), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string input, string id, string output, string? modelDirectory, CancellationToken cancellationToken)
    {
        var scorer = ScorerLoader.Load(modelDirectory);
        var skipped = new SkippedLineReporter();
        if (await ConversationLookup.FindAsync("evidence", input, id, skipped, cancellationToken).ConfigureAwait(false) is not { } conversation)
        {
            return ExitCodes.Failure;
        }

        var assessment = scorer.Score(conversation);
        var bundle = EvidenceBundle.Create(conversation, assessment, assessment.ModelVersion, scorer.ModelManifestSha256);
        await using (var stream = File.Create(output))
        {
            bundle.WriteTo(stream);
        }

        Console.WriteLine($"{output}: evidence bundle of {id} ({conversation.Messages.Count} messages), digest {bundle.Digest}");
        return skipped.ExitCode;
    }
}
