using System.CommandLine;

namespace Detector.Cli;

/// <summary><c>detector train --input FILE… --output DIR</c>: trains the models and writes them with a manifest.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var input = new Option<string[]>("--input", "-i")
        {
            Description = "Labelled conversation files (JSON Lines) to train on.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string>("--output", "-o") { Description = "Directory to write the models and manifest to.", Required = true };
        var command = new Command("train", "Train the text and conversation models and write them with a manifest.") { input, output };
        command.SetAction(_ => NotImplementedCommand.Run("train", "the training pipeline arrives with the scorer"));
        return command;
    }
}
