namespace Detector.Models;

/// <summary>The risk at or above which each level starts; <c>high</c> starts at the flagging threshold.</summary>
/// <param name="Low">Where <c>low</c> starts.</param>
/// <param name="Medium">Where <c>medium</c> starts.</param>
/// <param name="Critical">Where <c>critical</c> starts (at or above the threshold).</param>
internal readonly record struct LevelCutoffs(double Low, double Medium, double Critical);
