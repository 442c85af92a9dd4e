namespace Detector.Evidence;

/// <summary>What <see cref="EvidenceVerifier"/> found wrong with a bundle, if anything.</summary>
public enum EvidenceProblem
{
    /// <summary>Nothing: the bundle is intact.</summary>
    None,

    /// <summary>The file is not a bundle: not JSON, or a required field is missing or of the wrong type.</summary>
    Malformed,

    /// <summary>The bundle's <c>format</c> or hash algorithm is not one this library reads.</summary>
    UnsupportedFormat,

    /// <summary>The chain's header hash does not match: the conversation id or the format was changed.</summary>
    HeaderMismatch,

    /// <summary>The number of messages differs from the number of recorded message hashes: messages were deleted or added.</summary>
    MessageCountMismatch,

    /// <summary>A message does not match its recorded hash: its text, time, sender, kind or place was changed.</summary>
    MessageHashMismatch,

    /// <summary>A link of the hash chain does not match: messages were reordered, deleted or inserted along with their hashes.</summary>
    ChainLinkMismatch,

    /// <summary>The assessment does not match its recorded hash: risk, level, stage, suspect or signals were changed.</summary>
    AssessmentMismatch,

    /// <summary>The bundle's digest does not match its content: some other field (such as the creation time) or the digest itself was changed.</summary>
    DigestMismatch,
}
