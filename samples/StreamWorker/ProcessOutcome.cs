namespace StreamWorker;

/// <summary>What became of one input entry.</summary>
internal enum ProcessOutcome
{
    /// <summary>Scored: session, result and acknowledgement committed together.</summary>
    Committed,

    /// <summary>Already processed (a redelivery or a producer's retry): only acknowledged.</summary>
    Duplicate,

    /// <summary>Not a message event: acknowledged and logged, with no result.</summary>
    Malformed,

    /// <summary>The partition's lease was lost: nothing written, the entry stays pending for the new holder.</summary>
    LeaseLost,

    /// <summary>The conversation's record kept changing under this worker: nothing written, the entry stays pending.</summary>
    Conflict,
}
