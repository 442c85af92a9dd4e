using Detector.Conversations;

namespace Detector.Cli;

/// <summary>Reports each skipped input line on standard error as <c>FILE:LINE: reason</c> and counts them, for the contract's exit code 3.</summary>
internal sealed class SkippedLineReporter
{
    /// <summary>Lines skipped so far.</summary>
    public long Count { get; private set; }

    /// <summary>Reader options that report to this instance.</summary>
    public ConversationReaderOptions ReaderOptions() => new() { OnInvalidLine = Report };

    /// <summary><see cref="ExitCodes.SkippedLines"/> when any line was skipped, otherwise <see cref="ExitCodes.Success"/>.</summary>
    public int ExitCode => Count > 0 ? ExitCodes.SkippedLines : ExitCodes.Success;

    private void Report(InvalidLine line)
    {
        Count++;
        Console.Error.WriteLine(line.ToString());
    }
}
