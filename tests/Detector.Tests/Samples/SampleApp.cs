namespace Detector.Tests.Samples;

/// <summary>
/// The built samples (samples/NAME), found in their own output folders: the test project references them so they are
/// built first, in the same configuration.
/// </summary>
internal static class SampleApp
{
    /// <summary>The path of sample <paramref name="name"/>'s built assembly, to run with <c>dotnet</c>.</summary>
    public static string PathOf(string name)
    {
        var path = Path.Combine(TestBuild.RepositoryDirectory, "samples", name, "bin", TestBuild.Configuration, TestBuild.TargetFramework, name + ".dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"Sample {name} is not built (build the test project, which references it).", path);
    }

    /// <summary>Runs sample <paramref name="name"/> to the end with <paramref name="args"/>, in the repository directory.</summary>
    public static Task<ChildProcess.Result> RunAsync(string name, params string[] args) =>
        ChildProcess.RunAsync("dotnet", [PathOf(name), .. args], TimeSpan.FromMinutes(2), TestBuild.RepositoryDirectory);
}
