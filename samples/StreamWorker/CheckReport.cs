namespace StreamWorker;

/// <summary>What <see cref="ResultChecker"/> found: counts of results against the single-process scorer's.</summary>
internal sealed record CheckReport(
    int Expected,
    int Results,
    int Missing,
    int Duplicates,
    int Mismatched,
    int Unexpected,
    long Pending,
    IReadOnlyDictionary<string, int> Workers)
{
    /// <summary>Exactly one result per message, each the single-process scorer's, and nothing left pending.</summary>
    public bool Ok => Missing == 0 && Duplicates == 0 && Mismatched == 0 && Unexpected == 0 && Pending == 0;
}
