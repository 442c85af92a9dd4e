namespace Detector.Training.Corpus;

/// <summary>
/// The disjoint pools a bank step's phrasings are split into; each generated split draws only from its own pool
/// (see <see cref="PhrasingSplitter"/> for the rule and its fallbacks for steps with fewer than three phrasings).
/// </summary>
internal enum PhrasingPool
{
    /// <summary>About 70 % of the phrasings; the train split's.</summary>
    Train,

    /// <summary>About 15 %; the validation split's.</summary>
    Validation,

    /// <summary>About 15 %; the test split's.</summary>
    Test,
}
