using System.Diagnostics;
using System.Net;

namespace Detector.Tests.Samples;

/// <summary>
/// The built ModerationService sample running as a real process on Kestrel, on a free port of 127.0.0.1, with an
/// <see cref="HttpClient"/> pointed at it. Disposing stops it.
/// </summary>
internal sealed class RunningModerationService : IAsyncDisposable
{
    private static readonly TimeSpan s_startupLimit = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly CapturedOutput _output;

    private RunningModerationService(Process process, Uri address)
    {
        _process = process;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        _output = new CapturedOutput(process);
    }

    public HttpClient Client { get; }

    /// <summary>What the service has printed so far.</summary>
    public string Log => _output.ToString();

    /// <summary>Starts the service with extra command-line <paramref name="settings"/> and waits until it answers.</summary>
    public static async Task<RunningModerationService> StartAsync(params string[] settings)
    {
        var address = new Uri($"http://127.0.0.1:{LoopbackPort.Free()}/");
        var process = ChildProcess.Start("dotnet", [SampleApp.PathOf("ModerationService"), "--urls", address.ToString(), .. settings]);
        var service = new RunningModerationService(process, address);
        try
        {
            await service.WaitUntilAnsweringAsync();
            return service;
        }
        catch
        {
            await service.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        ChildProcess.Kill(_process);
        _process.Dispose();
        await Task.CompletedTask;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The service exited with code {_process.ExitCode}:\n{Log}");
            }

            try
            {
                using var response = await Client.GetAsync("conversations/startup-probe");
                if (response.StatusCode == HttpStatusCode.NotFound)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (clock.Elapsed < s_startupLimit)
            {
                // Not listening yet.
            }

            if (clock.Elapsed >= s_startupLimit)
            {
                throw new TimeoutException($"The service did not answer within {s_startupLimit}:\n{Log}");
            }

            await Task.Delay(200);
        }
    }
}
