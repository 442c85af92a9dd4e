namespace Detector.Training.Corpus;

/// <summary>A generated split. Train and validation draw from the train phrasing pools, test from the held-out ones.</summary>
public enum CorpusSplit
{
    /// <summary>Training data (<c>train.jsonl</c>).</summary>
    Train,

    /// <summary>Model selection and calibration (<c>validation.jsonl</c>): same pools as train, another seed.</summary>
    Validation,

    /// <summary>Generalisation test (<c>test.jsonl</c>): held-out phrasings and persona × style combinations.</summary>
    Test,
}
