using System.Diagnostics;

namespace Detector.Tests.Samples;

/// <summary>Runs a program as a real process with a time limit, killing it (and its children) if it overruns.</summary>
internal static class ChildProcess
{
    public sealed record Result(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>Everything the process printed, for assertion messages.</summary>
        public override string ToString() => $"exit code {ExitCode}\nstdout:\n{StandardOutput}\nstderr:\n{StandardError}";
    }

    /// <summary>Runs <paramref name="fileName"/> with <paramref name="args"/> to the end.</summary>
    /// <exception cref="TimeoutException">It did not end within <paramref name="timeout"/> (it is killed).</exception>
    public static async Task<Result> RunAsync(
        string fileName, IEnumerable<string> args, TimeSpan timeout, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(fileName, args, workingDirectory, environment);
        try
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"'{fileName} {string.Join(' ', args)}' did not finish within {timeout}.");
            }

            return new Result(process.ExitCode, await output, await error);
        }
        finally
        {
            Kill(process);
        }
    }

    /// <summary>
    /// Starts <paramref name="fileName"/> with standard output and error redirected, standard input closed, and
    /// <paramref name="environment"/> added to the environment.
    /// </summary>
    public static Process Start(
        string fileName, IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Keep `dotnet` child processes quiet and self-contained: no first-run banner, no telemetry, no build servers left behind.
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        process.StandardInput.Close();
        return process;
    }

    /// <summary>Kills <paramref name="process"/> and its children if it is still running.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // It exited between the check and the kill.
        }
    }
}
