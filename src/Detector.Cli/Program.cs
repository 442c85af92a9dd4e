using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Detector.Cli;

// A named root (not RootCommand, which takes the executable's file name) so help reads "detector …" however it is run.
var root = new Command("detector", "Detector: finds sextortion (financially motivated sexual extortion) in chat conversations.")
{
    new HelpOption(),
    new VersionOption(),
    ScoreCommand.Create(),
    TrainCommand.Create(),
    EvalCommand.Create(),
    ExplainCommand.Create(),
    CorpusCommand.Create(),
    ImportCommand.Create(),
    RulesCoverageCommand.Create(), // temporary: moves under "rules" when the rules command is merged
};

var parse = root.Parse(args);
if (parse.Action is ParseErrorAction)
{
    var messages = string.Join(" ", parse.Errors.Select(error => error.Message));
    Console.Error.WriteLine($"detector: {messages} (see 'detector {parse.CommandResult.Command.Name} --help')");
    return ExitCodes.UsageError;
}

try
{
    return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or Detector.Rules.RulePackException)
{
    Console.Error.WriteLine($"detector: {ex.Message}");
    return ExitCodes.Failure;
}
