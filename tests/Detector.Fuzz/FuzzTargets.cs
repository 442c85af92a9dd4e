namespace Detector.Fuzz;

/// <summary>The fuzz targets by name, as given on the command line and used as corpus folder names.</summary>
public static class FuzzTargets
{
    /// <summary>Every target: name → code run on one input. Each throws only on a bug.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["reader"] = ReaderTarget.Run,
        ["normalizer"] = NormalizerTarget.Run,
        ["rules"] = RulesTarget.Run,
        ["session"] = SessionTarget.Run,
    };
}
