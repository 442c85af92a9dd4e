namespace Detector.Cli;

/// <summary>The process exit codes of the contract.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Failure = 1;
    public const int UsageError = 2;
    public const int SkippedLines = 3;
}
