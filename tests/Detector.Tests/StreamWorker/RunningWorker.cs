using System.Diagnostics;
using System.Text.RegularExpressions;
using Detector.Tests.Samples;

namespace Detector.Tests.StreamWorker;

/// <summary>A StreamWorker <c>work</c> process, its log kept for assertions and failure messages. Disposing kills it.</summary>
internal sealed class RunningWorker : IDisposable
{
    private static readonly TimeSpan s_waitLimit = TimeSpan.FromSeconds(30);

    private readonly Process _process;
    private readonly CapturedOutput _output;

    public RunningWorker(string redis, string prefix)
    {
        _process = ChildProcess.Start("dotnet", [
            SampleApp.PathOf("StreamWorker"), "work", "--redis", redis, "--prefix", prefix, "--partitions", "8", "--lease-ms", "1000"]);
        _output = new CapturedOutput(_process);
    }

    /// <summary>The process id, which is part of the worker's id (<c>HOST-PID-RANDOM</c>).</summary>
    public int ProcessId => _process.Id;

    public string Log => _output.ToString();

    /// <summary>Whether the process has ended (a worker only ends when stopped or killed).</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>Whether <paramref name="workerId"/> (as recorded in results) is this process's.</summary>
    public bool Is(string workerId) => workerId.Contains($"-{ProcessId}-", StringComparison.Ordinal);

    /// <summary>Waits until the worker has logged a line matching <paramref name="pattern"/>.</summary>
    public async Task WaitUntilLoggedAsync(string pattern)
    {
        var clock = Stopwatch.StartNew();
        while (!Regex.IsMatch(Log, pattern))
        {
            if (_process.HasExited || clock.Elapsed > s_waitLimit)
            {
                throw new InvalidOperationException($"The worker did not log /{pattern}/ within {s_waitLimit}:\n{Log}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Kills the worker at once (SIGKILL): no lease released, no entry acknowledged.</summary>
    public void Kill() => ChildProcess.Kill(_process);

    public void Dispose()
    {
        ChildProcess.Kill(_process);
        _process.Dispose();
    }
}
