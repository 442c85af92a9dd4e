using System.CommandLine;

namespace Detector.Cli;

/// <summary><c>detector eval --input FILE [--model DIR] [--report DIR]</c>: measures the scorer on labelled data.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var report = new Option<string?>("--report", "-r") { Description = "Directory to write report.json, report.md and charts to." };
        var command = new Command("eval", "Score labelled conversations and print precision, recall, F1, F0.5, ROC-AUC, PR-AUC, FPR and early detection.")
        {
            CommonOptions.Input("Labelled conversation file (JSON Lines); '-' reads standard input."),
            CommonOptions.Model(),
            report,
        };
        command.SetAction(_ => NotImplementedCommand.Run("eval", "evaluation arrives with the scorer"));
        return command;
    }
}
