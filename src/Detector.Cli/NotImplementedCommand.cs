namespace Detector.Cli;

/// <summary>What a command that has no implementation yet does: say so on standard error and fail.</summary>
internal static class NotImplementedCommand
{
    public static int Run(string command, string waitingFor)
    {
        Console.Error.WriteLine($"detector {command}: not implemented yet ({waitingFor}).");
        return ExitCodes.Failure;
    }
}
