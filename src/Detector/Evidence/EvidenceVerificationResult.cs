namespace Detector.Evidence;

/// <summary>The outcome of verifying an evidence bundle: success, or the first problem found.</summary>
/// <param name="Problem">The first problem found, or <see cref="EvidenceProblem.None"/>.</param>
/// <param name="MessageIndex">The 0-based index of the message (or chain link) at fault, when the problem concerns one.</param>
/// <param name="Description">What was found, in one sentence for a person to read.</param>
public sealed record EvidenceVerificationResult(EvidenceProblem Problem, int? MessageIndex, string Description)
{
    /// <summary>The bundle is intact: every hash, the chain and the digest match its content.</summary>
    public bool IsValid => Problem == EvidenceProblem.None;
}
