using System.Reflection;
using Detector.Training.Corpus;

namespace Detector.Tests.Samples;

/// <summary>
/// The built samples (samples/NAME), found in their own output folders: the test project references them so they are
/// built first, in the same configuration.
/// </summary>
internal static class SampleApp
{
    public static string RepositoryDirectory { get; } =
        RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("The tests must run inside the repository.");

    /// <summary>The path of sample <paramref name="name"/>'s built assembly, to run with <c>dotnet</c>.</summary>
    public static string PathOf(string name)
    {
        var path = Path.Combine(RepositoryDirectory, "samples", name, "bin", BuildSetting("Configuration"), BuildSetting("TargetFramework"), name + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Sample {name} is not built (build the test project, which references it).", path);
    }

    /// <summary>Runs sample <paramref name="name"/> to the end with <paramref name="args"/>.</summary>
    public static Task<ChildProcess.Result> RunAsync(string name, params string[] args) =>
        ChildProcess.RunAsync("dotnet", [PathOf(name), .. args], TimeSpan.FromMinutes(2), RepositoryDirectory);

    /// <summary>How the tests were built (recorded in the test assembly by the project file).</summary>
    public static string BuildSetting(string key) =>
        typeof(SampleApp).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().SingleOrDefault(a => a.Key == key)?.Value
        ?? throw new InvalidOperationException($"The test assembly does not record its {key}.");
}
