namespace Detector.Training.Corpus;

/// <summary>How the victim reacts once the extortion starts.</summary>
internal enum VictimBehaviour
{
    Refuses,
    Pleads,
    Pays,
    GoesSilent,
    WillReport,
    ShowsDistress,
}
