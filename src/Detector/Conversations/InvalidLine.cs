namespace Detector.Conversations;

/// <summary>A line of a conversation file that was skipped because it breaks the contract.</summary>
/// <param name="Source">The file name (or <c>-</c> for standard input) as given to the reader.</param>
/// <param name="LineNumber">The 1-based line number.</param>
/// <param name="Reason">Why the line was skipped, in one phrase; never contains message text beyond a short excerpt of a bad field value.</param>
public sealed record InvalidLine(string Source, long LineNumber, string Reason)
{
    /// <summary>The contract's error form: <c>FILE:LINE: reason</c>.</summary>
    public override string ToString() => $"{Source}:{LineNumber}: {Reason}";
}
