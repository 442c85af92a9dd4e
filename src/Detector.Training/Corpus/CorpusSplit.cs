namespace Detector.Training.Corpus;

/// <summary>
/// A generated split. Each draws only from its own, disjoint phrasing pool, so validation and test both measure
/// phrasings a model never saw in train; each of validation and test also has its own held-out persona × style combinations.
/// </summary>
public enum CorpusSplit
{
    /// <summary>Training data (<c>train.jsonl</c>).</summary>
    Train,

    /// <summary>Model selection and calibration (<c>validation.jsonl</c>): the validation pool's phrasings, unseen in train.</summary>
    Validation,

    /// <summary>Generalisation test (<c>test.jsonl</c>): the test pool's phrasings, unseen in train and validation.</summary>
    Test,
}
