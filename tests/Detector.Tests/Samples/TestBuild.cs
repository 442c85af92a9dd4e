using System.Reflection;
using Detector.Training.Corpus;

namespace Detector.Tests.Samples;

/// <summary>Where the repository is and how the tests were built (recorded in the test assembly by the project file).</summary>
internal static class TestBuild
{
    public static string RepositoryDirectory { get; } =
        RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("The tests must run inside the repository.");

    /// <summary>The build configuration of the tests (and so of every project they reference): Debug or Release.</summary>
    public static string Configuration { get; } = Setting("Configuration");

    public static string TargetFramework { get; } = Setting("TargetFramework");

    private static string Setting(string key) =>
        typeof(TestBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly does not record its {key}.");
}
