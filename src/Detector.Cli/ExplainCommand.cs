using System.CommandLine;

namespace Detector.Cli;

/// <summary><c>detector explain --input FILE --id ID</c>: one conversation, message by message.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var command = new Command("explain", "Show one conversation message by message with its signals, risk and stage.")
        {
            CommonOptions.Input(),
            CommonOptions.Id(),
            CommonOptions.Model(),
        };
        command.SetAction(_ => NotImplementedCommand.Run("explain", "explanations arrive with the scorer"));
        return command;
    }
}
