using Detector.Tests.Samples;

namespace Detector.Tests.Cli;

/// <summary>Runs the built <c>detector</c> tool as a real process, as a user or a pipeline would.</summary>
internal static class CliRunner
{
    public static Task<ChildProcess.Result> RunAsync(params string[] args) =>
        ChildProcess.RunAsync("dotnet", [Path.Combine(AppContext.BaseDirectory, "Detector.Cli.dll"), .. args], TimeSpan.FromMinutes(3));
}
