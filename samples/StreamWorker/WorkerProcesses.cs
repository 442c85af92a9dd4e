using System.Diagnostics;

namespace StreamWorker;

/// <summary>Worker processes started from this very program (<c>work</c> verb), for the benchmark.</summary>
internal sealed class WorkerProcesses : IDisposable
{
    private readonly List<Process> _processes = [];

    /// <summary>Starts a worker with <paramref name="args"/> after the <c>work</c> verb; its log goes to this process's standard error.</summary>
    public void Start(IEnumerable<string> args)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is unknown.");
        var start = new ProcessStartInfo(host) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(typeof(WorkerProcesses).Assembly.Location);
        }

        start.ArgumentList.Add("work");
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start a worker.");
        process.OutputDataReceived += (_, line) => Forward(line.Data);
        process.ErrorDataReceived += (_, line) => Forward(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
    }

    /// <summary>Kills every worker.</summary>
    public void Dispose()
    {
        foreach (var process in _processes)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }

            process.Dispose();
        }
    }

    private static void Forward(string? line)
    {
        if (line is not null)
        {
            Console.Error.WriteLine(line);
        }
    }
}
