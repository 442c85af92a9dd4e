using System.CommandLine;

namespace Detector.Cli;

/// <summary>Options shared by several commands, so each is spelled and described once.</summary>
internal static class CommonOptions
{
    public static Option<string> Input(string description = "Conversation file (JSON Lines); '-' reads standard input.") =>
        new("--input", "-i") { Description = description, Required = true };

    public static Option<string?> Model() =>
        new("--model", "-m") { Description = "Directory of trained models; defaults to the models bundled with the library." };

    public static Option<string> Id() =>
        new("--id") { Description = "The id of the conversation.", Required = true };
}
