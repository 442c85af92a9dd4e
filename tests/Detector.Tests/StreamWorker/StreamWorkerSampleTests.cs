using System.Text.Json;
using Detector.Conversations;
using Detector.Tests.Cli;
using Detector.Tests.Samples;

namespace Detector.Tests.StreamWorker;

/// <summary>
/// The StreamWorker sample run as real processes against a real Redis: workers, the producer (<c>replay</c>) and the
/// checker (<c>check</c>, which compares every result with the single-process scorer's). Each test uses its own key
/// prefix on the shared server.
/// </summary>
public sealed class StreamWorkerSampleTests(StreamWorkerSampleTests.RedisFixture redis)
    : IClassFixture<StreamWorkerSampleTests.RedisFixture>, IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("detector-streamworker-").FullName;
    private readonly string _prefix = "test-" + Guid.NewGuid().ToString("N")[..8];
    private readonly List<RunningWorker> _workers = [];

    private RedisServer Redis => redis.Server;

    public void Dispose()
    {
        foreach (var worker in _workers)
        {
            worker.Dispose();
        }

        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Three_workers_give_each_message_exactly_one_result_the_single_process_scorers()
    {
        var conversations = await ConversationsFileAsync(handwritten: 60);
        await StartWorkersAsync(3);

        await ReplayAsync(conversations, rate: 0);
        var final = Path.Combine(_directory, "final.jsonl");
        var report = await CheckAsync(conversations, "--final-output", final);

        Assert.True(report.GetProperty("workers").EnumerateObject().Count() >= 2, $"The work was not shared: {report}\n{Logs()}");
        var cli = await CliRunner.RunAsync("score", "--input", conversations);
        Assert.True(cli.ExitCode == 0, cli.ToString());
        Assert.Equal(cli.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries), await File.ReadAllLinesAsync(final));
    }

    [Fact]
    public async Task A_worker_killed_mid_stream_loses_and_duplicates_nothing()
    {
        var conversations = await ConversationsFileAsync(handwritten: 100);
        await StartWorkersAsync(3);
        var victim = _workers[0];

        // Paced, so the traffic outlasts the kill however fast the machine.
        var replay = ReplayAsync(conversations, rate: 400);
        await victim.WaitUntilLoggedAsync("Processed [1-9]");
        victim.Kill();
        await replay;
        var report = await CheckAsync(conversations);

        var byVictim = report.GetProperty("workers").EnumerateObject().Where(worker => victim.Is(worker.Name)).Sum(worker => worker.Value.GetInt32());
        Assert.True(byVictim > 0 && byVictim < report.GetProperty("expected").GetInt32(), $"The killed worker was not mid-stream: {report}\n{Logs()}");
    }

    [Fact]
    public async Task Entries_left_pending_by_a_dead_worker_are_claimed_once_its_lease_expires_and_scored_once()
    {
        var conversations = await ConversationsFileAsync(handwritten: 20);
        await ReplayAsync(conversations, rate: 0);

        // A worker that took every partition, read a few entries of each and died: its leases run out in 1.5 s.
        for (var partition = 0; partition < 8; partition++)
        {
            var input = $"{_prefix}:in:{{{partition}}}";
            Assert.Equal("+OK", await Redis.SendAsync("SET", $"{_prefix}:lease:{{{partition}}}", "dead-worker", "PX", "1500"));
            Assert.Equal("+OK", await Redis.SendAsync("XGROUP", "CREATE", input, "workers", "0", "MKSTREAM"));
            Assert.StartsWith("*", await Redis.SendAsync("XREADGROUP", "GROUP", "workers", "dead-worker", "COUNT", "3", "STREAMS", input, ">"));
        }

        await StartWorkersAsync(2);
        var report = await CheckAsync(conversations);

        Assert.DoesNotContain("dead-worker", report.GetProperty("workers").EnumerateObject().Select(worker => worker.Name));
        Assert.True(_workers.Any(worker => worker.Log.Contains("pending entries (XAUTOCLAIM)", StringComparison.Ordinal)), $"No worker claimed the entries:\n{Logs()}");
    }

    [Fact]
    public async Task Workers_reconnect_after_a_Redis_restart_and_finish()
    {
        var conversations = await ConversationsFileAsync(handwritten: 100);
        await StartWorkersAsync(2);

        var replay = ReplayAsync(conversations, rate: 500);
        await Task.Delay(TimeSpan.FromSeconds(1));
        await Redis.RestartAsync();
        await replay;
        await CheckAsync(conversations);

        // The restart hit the workers mid-work (a worker idle at that instant reconnects without an error to log), and
        // none of them gave up: every worker is still running after finishing the file.
        Assert.True(_workers.Any(worker => worker.Log.Contains("Redis:", StringComparison.Ordinal)), $"No worker noticed the restart:\n{Logs()}");
        Assert.True(_workers.All(worker => !worker.HasExited), $"A worker ended after the restart:\n{Logs()}");
    }

    /// <summary>samples/conversations.jsonl and the first <paramref name="handwritten"/> hand-written test conversations, in one file.</summary>
    private async Task<string> ConversationsFileAsync(int handwritten)
    {
        var path = Path.Combine(_directory, "conversations.jsonl");
        var samples = ConversationReader.ReadFileAsync(Path.Combine(TestBuild.RepositoryDirectory, "samples", "conversations.jsonl"));
        var more = ConversationReader.ReadFileAsync(Path.Combine(TestBuild.RepositoryDirectory, "training-data", "handwritten", "handwritten.jsonl")).Take(handwritten);
        await using var writer = new ConversationWriter(File.Create(path));
        await foreach (var conversation in samples.Concat(more))
        {
            writer.Write(conversation);
        }

        return path;
    }

    /// <summary>Starts <paramref name="count"/> workers and waits until each holds partitions.</summary>
    private async Task StartWorkersAsync(int count)
    {
        _workers.AddRange(Enumerable.Range(0, count).Select(_ => new RunningWorker(Redis.Address, _prefix)));
        await Task.WhenAll(_workers.Select(worker => worker.WaitUntilLoggedAsync("Acquired partitions")));
    }

    private async Task ReplayAsync(string conversations, double rate)
    {
        var result = await SampleApp.RunAsync("StreamWorker", "replay", "--redis", Redis.Address, "--prefix", _prefix, "--input", conversations,
            "--rate", rate.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(result.ExitCode == 0, $"{result}\n{Logs()}");
    }

    /// <summary>Runs the checker (waiting up to 40 s for the results) and asserts it found every result exactly once and as expected.</summary>
    private async Task<JsonElement> CheckAsync(string conversations, params string[] extra)
    {
        var result = await SampleApp.RunAsync("StreamWorker", ["check", "--redis", Redis.Address, "--prefix", _prefix, "--input", conversations, "--wait", "40", .. extra]);
        Assert.True(result.ExitCode == 0, $"{result}\n{Logs()}");
        return JsonDocument.Parse(result.StandardOutput).RootElement.Clone();
    }

    private string Logs() => string.Join("\n", _workers.Select((worker, i) => $"--- worker {i} (pid {worker.ProcessId}):\n{worker.Log}")) + $"\n--- redis:\n{Redis.Log}";

    /// <summary>One Redis server for the tests of this class.</summary>
    public sealed class RedisFixture : IAsyncLifetime
    {
        private RedisServer? _server;

        internal RedisServer Server => _server ?? throw new InvalidOperationException("Redis did not start.");

        public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
