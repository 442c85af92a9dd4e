using System.CommandLine;
using System.CommandLine.Invocation;
using Detector.Cli;

var root = new RootCommand("Detector: finds sextortion (financially motivated sexual extortion) in chat conversations.")
{
    ScoreCommand.Create(),
    TrainCommand.Create(),
    EvalCommand.Create(),
    ExplainCommand.Create(),
    RulesCommand.Create(),
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
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
{
    Console.Error.WriteLine($"detector: {ex.Message}");
    return ExitCodes.Failure;
}
