namespace Detector.Tests;

/// <summary>Tests that compare running times: they run alone, with no other test class in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RunAlone
{
    public const string Name = "Timing";
}
