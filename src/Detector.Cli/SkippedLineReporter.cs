using Detector.Conversations;

namespace Detector.Cli;

/// <summary>Reports skipped input lines on standard error as <c>FILE:LINE: reason</c>, as the contract says, and counts them.</summary>
internal sealed class SkippedLineReporter
{
    /// <summary>Lines skipped so far.</summary>
    public long Count { get; private set; }

    /// <summary>Reader options that report through this instance.</summary>
    public ConversationReaderOptions ReaderOptions => new() { OnInvalidLine = Report };

    /// <summary>The contract's exit code for a run that otherwise succeeded: 3 when any line was skipped.</summary>
    public int ExitCode => Count > 0 ? ExitCodes.SkippedLines : ExitCodes.Success;

    private void Report(InvalidLine line)
    {
        Count++;
        Console.Error.WriteLine(line.ToString());
    }
}
