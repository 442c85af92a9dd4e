using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
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
    EvidenceCommand.Create(),
    RulesCommand.Create(),
    CorpusCommand.Create(),
    ImportCommand.Create(),
    SoakCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Action is ParseErrorAction)
{
    var messages = string.Join(" ", parse.Errors.Select(error => error.Message));
    var commandPath = new List<string>();
    for (var result = parse.CommandResult; result is not null; result = result.Parent as CommandResult)
    {
        commandPath.Insert(0, result.Command.Name);
    }

    Console.Error.WriteLine($"detector: {messages} (see '{string.Join(' ', commandPath)} --help')");
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
