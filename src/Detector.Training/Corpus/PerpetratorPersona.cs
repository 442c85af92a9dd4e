namespace Detector.Training.Corpus;

/// <summary>Who the perpetrator pretends to be.</summary>
internal enum PerpetratorPersona
{
    FakeYoungWoman,
    FakeYoungMan,
    ModellingAgent,

    /// <summary>An anonymous "hacker" sending a one-shot or two-message extortion mail.</summary>
    Hacker,
}
