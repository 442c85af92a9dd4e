using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Detector.Tests.Samples;

namespace Detector.Tests.StreamWorker;

/// <summary>
/// A real <c>redis-server</c> on a free port of 127.0.0.1, with append-only persistence in a temporary directory, for
/// the tests of the StreamWorker sample. Fails (never skips) when <c>redis-server</c> is not installed.
/// </summary>
internal sealed class RedisServer : IAsyncDisposable
{
    private static readonly TimeSpan s_startLimit = TimeSpan.FromSeconds(30);

    private readonly string _directory = Directory.CreateTempSubdirectory("detector-redis-").FullName;
    private Process? _process;
    private CapturedOutput? _output;

    private RedisServer(int port) => Port = port;

    public int Port { get; }

    /// <summary>The StackExchange.Redis configuration string of the server.</summary>
    public string Address => $"127.0.0.1:{Port}";

    /// <summary>What the server has printed so far.</summary>
    public string Log => _output?.ToString() ?? string.Empty;

    public static async Task<RedisServer> StartAsync()
    {
        if (!OnPath("redis-server"))
        {
            throw new InvalidOperationException(
                "redis-server is not on PATH: the StreamWorker tests run a real Redis. Install it (Debian/Ubuntu: apt-get install -y redis-server; .ci/run does this).");
        }

        var server = new RedisServer(LoopbackPort.Free());
        await server.RunAsync();
        return server;
    }

    /// <summary>Shuts the server down (<c>SHUTDOWN</c>: the append-only file is written out) and starts it again on the same port and data.</summary>
    public async Task RestartAsync()
    {
        var process = _process!;
        await SendAsync("SHUTDOWN");
        using (var limit = new CancellationTokenSource(s_startLimit))
        {
            await process.WaitForExitAsync(limit.Token);
        }

        process.Dispose();
        await RunAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            ChildProcess.Kill(process);
            process.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
        await Task.CompletedTask;
    }

    private async Task RunAsync()
    {
        _process = ChildProcess.Start("redis-server", [
            "--port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1",
            "--save", "", "--appendonly", "yes", "--dir", _directory]);
        _output = new CapturedOutput(_process);

        var clock = Stopwatch.StartNew();
        while (await SendAsync("PING") != "+PONG")
        {
            if (_process.HasExited || clock.Elapsed > s_startLimit)
            {
                throw new InvalidOperationException($"redis-server did not answer PING on port {Port} within {s_startLimit}:\n{Log}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>Sends one command and returns the first line of the reply, or null if the server is not reachable.</summary>
    public async Task<string?> SendAsync(params string[] command)
    {
        var request = new StringBuilder($"*{command.Length}\r\n");
        foreach (var arg in command)
        {
            request.Append($"${Encoding.UTF8.GetByteCount(arg)}\r\n{arg}\r\n");
        }

        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, Port);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()));
            var buffer = new byte[256];
            var read = await stream.ReadAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
        }
        catch (Exception ex) when (ex is SocketException or IOException)
        {
            return null;
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => File.Exists(Path.Combine(directory, program)));
}
