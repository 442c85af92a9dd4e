using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Detector.Scoring;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using StreamWorker;

// StreamWorker: Detector behind Redis Streams consumer groups. Verbs: work, replay, check, bench (see README.md).
var redis = new Option<string>("--redis") { Description = "Redis server (StackExchange.Redis configuration string).", DefaultValueFactory = _ => "127.0.0.1:6379" };
var prefix = new Option<string>("--prefix") { Description = "Prefix of every key.", DefaultValueFactory = _ => "detector" };
var partitions = new Option<int>("--partitions") { Description = "Number of input streams (fixed for a deployment).", DefaultValueFactory = _ => 8 };
var leaseMs = new Option<int>("--lease-ms") { Description = "Partition lease TTL in milliseconds: a dead worker's partitions move after this long.", DefaultValueFactory = _ => 10_000 };
var input = new Option<string>("--input") { Description = "Conversation file (JSON Lines).", Required = true };
var rate = new Option<double>("--rate") { Description = "Messages per second; 0 sends as fast as possible.", DefaultValueFactory = _ => 0 };

var logLevel = new Option<LogLevel>("--log-level") { Description = "Least log level written (to standard error).", DefaultValueFactory = _ => LogLevel.Information };
var work = new Command("work", "Run a worker until stopped (Ctrl+C or SIGTERM).") { redis, prefix, partitions, leaseMs, logLevel };
work.SetAction(async (parse, cancellationToken) =>
{
    var options = Options(parse);
    using var logging = LoggerFactory.Create(builder => builder
        .SetMinimumLevel(parse.GetValue(logLevel))
        .AddSimpleConsole(console => { console.SingleLine = true; console.TimestampFormat = "HH:mm:ss.fff "; })
        .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
    var scorer = new ConversationScorer();
    using var connection = await ConnectAsync(options).ConfigureAwait(false);
    var worker = new Worker(connection, Keys(options), options, scorer, logging.CreateLogger<Worker>());
    await worker.RunAsync(cancellationToken).ConfigureAwait(false);
    return 0;
});

var replay = new Command("replay", "Send every message of a conversation file to the input streams.") { redis, prefix, partitions, input, rate };
replay.SetAction(async (parse, cancellationToken) =>
{
    var options = Options(parse);
    var conversations = await ConversationEvents.ReadAsync(parse.GetValue(input)!, cancellationToken).ConfigureAwait(false);
    var events = ConversationEvents.Interleave(conversations).ToList();
    using var connection = await ConnectAsync(options).ConfigureAwait(false);
    await new Producer(connection.GetDatabase(), Keys(options)).SendAsync(events, parse.GetValue(rate), cancellationToken).ConfigureAwait(false);
    Console.WriteLine($"Sent {events.Count} messages of {conversations.Count} conversations.");
    return 0;
});

var wait = new Option<double>("--wait") { Description = "Seconds to wait for every result before counting.", DefaultValueFactory = _ => 0 };
var finalOutput = new Option<string?>("--final-output") { Description = "Write the last result of each conversation here, as `detector score` would." };
var check = new Command("check", "Check the results stream: exactly one result per message, each the single-process scorer's.") { redis, prefix, partitions, input, wait, finalOutput };
check.SetAction(async (parse, cancellationToken) =>
{
    var options = Options(parse);
    var conversations = await ConversationEvents.ReadAsync(parse.GetValue(input)!, cancellationToken).ConfigureAwait(false);
    using var connection = await ConnectAsync(options).ConfigureAwait(false);
    var checker = new ResultChecker(connection.GetDatabase(), Keys(options), new ConversationScorer());
    var report = await checker.CheckAsync(conversations, TimeSpan.FromSeconds(parse.GetValue(wait)), cancellationToken).ConfigureAwait(false);
    if (parse.GetValue(finalOutput) is { } path)
    {
        var last = checker.Results.GroupBy(result => result.ConversationId).ToDictionary(group => group.Key, group => group.MaxBy(result => result.Sequence)!.Result);
        await File.WriteAllLinesAsync(path, conversations.Where(c => last.ContainsKey(c.Id)).Select(c => last[c.Id]), cancellationToken).ConfigureAwait(false);
    }

    Console.WriteLine(JsonSerializer.Serialize(report, new JsonSerializerOptions(JsonSerializerDefaults.Web)));
    return report.Ok ? 0 : 1;
});

var workers = new Option<int>("--workers") { Description = "Worker processes to start.", DefaultValueFactory = _ => 1 };
var messages = new Option<int>("--messages") { Description = "Messages to send (copies of the input's conversations).", DefaultValueFactory = _ => 10_000 };
var benchInput = new Option<string>("--input") { Description = "Conversation file (JSON Lines) to copy.", DefaultValueFactory = _ => Path.Combine("samples", "conversations.jsonl") };
var bench = new Command("bench", "Measure messages/s and end-to-end latency with N worker processes (on a fresh key prefix, deleted after).")
{
    redis, partitions, workers, messages, rate, benchInput,
};
bench.SetAction(async (parse, cancellationToken) =>
{
    var options = Options(parse);
    options.Prefix = "bench-" + Guid.NewGuid().ToString("N")[..8];
    options.LeaseTtl = TimeSpan.FromSeconds(3);
    using var connection = await ConnectAsync(options).ConfigureAwait(false);
    var row = await new Bench(connection, options)
        .RunAsync(parse.GetValue(benchInput)!, parse.GetValue(workers), parse.GetValue(messages), parse.GetValue(rate), cancellationToken)
        .ConfigureAwait(false);
    Console.WriteLine("| workers | messages | rate (msg/s) | seconds | msg/s | p50 ms | p95 ms | p99 ms | session bytes | key bytes in Redis |");
    Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
    Console.WriteLine(row);
    return 0;
});

var root = new RootCommand("Detector on Redis Streams: workers, a producer, a checker and a benchmark.") { work, replay, check, bench };
return await root.Parse(args).InvokeAsync().ConfigureAwait(false);

StreamWorkerOptions Options(ParseResult parse) => new()
{
    Redis = parse.GetValue(redis)!,
    Prefix = parse.GetValue(prefix) ?? "detector",
    Partitions = parse.GetValue(partitions),
    LeaseTtl = TimeSpan.FromMilliseconds(parse.GetValue(leaseMs) is > 0 and var ms ? ms : 10_000),
};

StreamKeys Keys(StreamWorkerOptions options) => new(options.Prefix, options.Partitions);

static async Task<ConnectionMultiplexer> ConnectAsync(StreamWorkerOptions options)
{
    // Keep trying while Redis is down (at start or during a restart) instead of failing.
    var configuration = ConfigurationOptions.Parse(options.Redis);
    configuration.AbortOnConnectFail = false;
    return await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
}
