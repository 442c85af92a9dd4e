using System.CommandLine;
using Detector.Conversations;
using Detector.Training.Evaluation;

namespace Detector.Cli;

/// <summary><c>detector explain --input FILE --id ID</c>: one conversation, message by message.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input();
        var id = CommonOptions.Id();
        var model = CommonOptions.Model();
        var command = new Command("explain", "Show one conversation message by message with its signals, risk and stage.")
        {
            input, id, model,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(input)!, parse.GetValue(id)!, parse.GetValue(model), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string input, string id, string? modelDirectory, CancellationToken cancellationToken)
    {
        // The analyst asked for this very conversation, so its text is shown (excerpts on).
        var scorer = ScorerLoader.Load(modelDirectory, includeExcerpts: true);
        var skipped = new SkippedLineReporter();

        if (await ConversationLookup.FindAsync("explain", input, id, skipped, cancellationToken).ConfigureAwait(false) is not { } found)
        {
            return ExitCodes.Failure;
        }

        var colour = !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        ConversationExplainer.Write(Console.Out, scorer, found, colour ? MessageHighlighter.AnsiColour : MessageHighlighter.Brackets);
        return skipped.ExitCode;
    }
}
