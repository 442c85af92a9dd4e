namespace Detector.Training.Corpus;

/// <summary>Who the perpetrator targets.</summary>
internal enum VictimPersona
{
    /// <summary>13–17: the only persona that may state an age (<c>state_age</c>, minor_indicator).</summary>
    TeenageBoy,
    YoungMan,
    OlderMan,
    Woman,
}
