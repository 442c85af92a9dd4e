using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using Detector.Conversations;
using Detector.Scoring;
using Detector.Training.Corpus;

namespace Detector.Cli;

/// <summary>
/// <c>detector soak [--duration 10m] [--threads 8] [--report-every 10s] [--input FILE] [--model DIR]</c>: a release
/// check. Threads share one scorer for the duration, each scoring whole conversations, following others message by
/// message through sessions saved and restored halfway, and scoring streamed batches; every result is compared with a
/// single-threaded run. Throughput and memory are reported at each interval; the exit code is 1 when a result differs
/// or the live heap keeps growing (the last third of the reports after the first against the first third).
/// </summary>
internal static class SoakCommand
{
    /// <summary>How much the live heap may grow from the first third of the run to the last before it counts as a leak.</summary>
    private const double GrowthTolerance = 0.10;

    /// <summary>Growth below this many bytes is noise whatever the ratio.</summary>
    private const long GrowthFloorBytes = 8L << 20;

    private const int GeneratedConversations = 500;
    private const int BatchSize = 16;

    public static Command Create()
    {
        var duration = new Option<TimeSpan>("--duration", "-d")
        {
            Description = "How long to run: a number with ms, s, m or h (10m, 90s).",
            DefaultValueFactory = _ => TimeSpan.FromMinutes(10),
            CustomParser = ParseDuration,
        };
        var threads = new Option<int>("--threads", "-t") { Description = "Threads sharing the scorer.", DefaultValueFactory = _ => 8 };
        var every = new Option<TimeSpan>("--report-every")
        {
            Description = "Interval between reports (10s by default).",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(10),
            CustomParser = ParseDuration,
        };
        var input = new Option<string?>("--input", "-i") { Description = "Conversations to score; by default 500 generated from the repository's corpus banks." };
        var model = CommonOptions.Model();
        var command = new Command("soak", "Score from many threads for a while, checking results against a single-threaded run and memory for growth.")
        {
            duration, threads, every, input, model,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(duration), parse.GetValue(threads), parse.GetValue(every), parse.GetValue(input), parse.GetValue(model), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(TimeSpan duration, int threads, TimeSpan every, string? input, string? modelDirectory, CancellationToken cancellationToken)
    {
        if (threads < 1 || duration <= TimeSpan.Zero || every <= TimeSpan.Zero)
        {
            Console.Error.WriteLine("detector soak: --threads, --duration and --report-every must be positive.");
            return ExitCodes.UsageError;
        }

        if (await LoadAsync(input, cancellationToken).ConfigureAwait(false) is not { Count: > 0 } conversations)
        {
            Console.Error.WriteLine(input is null
                ? "detector soak: not inside the repository (no Detector.sln above) to generate conversations; give --input FILE."
                : $"detector soak: no conversations in {input}.");
            return ExitCodes.UsageError;
        }

        var scorer = new ConversationScorer(new DetectorOptions { ModelDirectory = modelDirectory, MaxDegreeOfParallelism = 2 });
        var expected = conversations.Select(c => Fingerprint.Of(scorer.Score(c))).ToArray();
        Console.Out.WriteLine(Invariant($"soak: {conversations.Count} conversations, {threads} threads, {duration}, rules {scorer.RulesVersion}, model {scorer.ModelVersion ?? "none"}"));

        var counters = new Counters();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, threads)
            .Select(thread => Task.Factory.StartNew(() => Work(thread, threads, scorer, conversations, expected, counters, stop.Token), TaskCreationOptions.LongRunning))
            .ToArray();

        var heaps = new List<long>();
        var clock = Stopwatch.StartNew();
        var lastMessages = 0L;
        var lastTime = TimeSpan.Zero;
        while (clock.Elapsed < duration && !cancellationToken.IsCancellationRequested)
        {
            await Task.Delay(Min(every, duration - clock.Elapsed), CancellationToken.None).ConfigureAwait(false);
            var (messages, now) = (Interlocked.Read(ref counters.Messages), clock.Elapsed);
            var heap = GC.GetTotalMemory(forceFullCollection: true);
            heaps.Add(heap);
            Console.Out.WriteLine(Invariant(
                $"soak: {now:hh\\:mm\\:ss} {(messages - lastMessages) / (now - lastTime).TotalSeconds,10:N0} msg/s  heap {Megabytes(heap),7:F1} MB  working set {Megabytes(Environment.WorkingSet),7:F1} MB  gen2 {GC.CollectionCount(2),5}  mismatches {Volatile.Read(ref counters.Mismatches)}"));
            (lastMessages, lastTime) = (messages, now);
        }

        await stop.CancelAsync().ConfigureAwait(false);
        await Task.WhenAll(workers).ConfigureAwait(false);
        return Verdict(counters, heaps, clock.Elapsed);
    }

    /// <summary>One thread's loop: whole conversations, sessions saved and restored halfway, and streamed batches, in turn.</summary>
    private static void Work(int thread, int threads, ConversationScorer scorer, IReadOnlyList<Conversation> conversations, Fingerprint[] expected, Counters counters, CancellationToken stop)
    {
        for (var round = 0L; !stop.IsCancellationRequested; round++)
        {
            var index = (int)(((round * threads) + thread) % conversations.Count);
            var conversation = conversations[index];
            switch (round % 3)
            {
                case 0:
                    counters.Check(expected[index], scorer.Score(conversation), conversation.Messages.Count);
                    break;
                case 1:
                    var session = scorer.CreateSession();
                    for (var m = 0; m < conversation.Messages.Count; m++)
                    {
                        session = m == conversation.Messages.Count / 2 ? scorer.RestoreSession(session.Save()) : session;
                        session.Append(conversation.Messages[m]);
                    }

                    counters.Check(expected[index], session.Current, conversation.Messages.Count);
                    break;
                default:
                    var batch = Enumerable.Range(index, BatchSize).Select(i => i % conversations.Count).ToArray();
                    var k = 0;
                    foreach (var scored in scorer.ScoreAsync(batch.Select(i => conversations[i]).ToAsyncEnumerable(), CancellationToken.None).ToBlockingEnumerable(CancellationToken.None))
                    {
                        counters.Check(expected[batch[k++]], scored.Assessment, scored.Conversation.Messages.Count);
                    }

                    break;
            }
        }
    }

    /// <summary>Fails on any mismatch, or when the live heap of the last third of the reports (after the first) exceeds the first third's by the tolerance.</summary>
    private static int Verdict(Counters counters, List<long> heaps, TimeSpan elapsed)
    {
        var messages = Interlocked.Read(ref counters.Messages);
        Console.Out.WriteLine(Invariant($"soak: {messages:N0} messages in {elapsed.TotalSeconds:F0} s ({messages / elapsed.TotalSeconds:N0} msg/s), {counters.Mismatches} mismatches"));
        var afterWarmUp = heaps.Skip(1).ToList();
        var exitCode = counters.Mismatches == 0 ? ExitCodes.Success : ExitCodes.Failure;
        if (afterWarmUp.Count < 3)
        {
            Console.Out.WriteLine("soak: too few reports after the first to judge memory growth (run longer or report more often)");
            return exitCode;
        }

        var third = afterWarmUp.Count / 3;
        var (first, last) = (afterWarmUp.Take(third).Average(), afterWarmUp.TakeLast(third).Average());
        var grew = last - first > Math.Max(GrowthFloorBytes, first * GrowthTolerance);
        Console.Out.WriteLine(Invariant(
            $"soak: live heap {Megabytes(first):F1} MB in the first third, {Megabytes(last):F1} MB in the last ({(last / first) - 1:+0.0%;-0.0%}): {(grew ? "GROWING" : "no growth")}"));
        return grew ? ExitCodes.Failure : exitCode;
    }

    private static async Task<IReadOnlyList<Conversation>?> LoadAsync(string? input, CancellationToken cancellationToken)
    {
        if (input is not null)
        {
            var skipped = new SkippedLineReporter();
            var conversations = new List<Conversation>();
            await foreach (var conversation in ConversationReader.ReadFileAsync(input, skipped.ReaderOptions, cancellationToken).ConfigureAwait(false))
            {
                conversations.Add(conversation);
            }

            return conversations;
        }

        return RepositoryRoot.Find() is { } root
            ? [.. CorpusGenerator.Load(RepositoryRoot.Banks(root)).Generate(CorpusSplit.Validation, GeneratedConversations, CorpusOptions.DefaultSeed).Select(g => g.Conversation)]
            : null;
    }

    private static TimeSpan ParseDuration(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var unit = text.EndsWith("ms", StringComparison.Ordinal) ? "ms" : text.Length > 0 ? text[^1..] : string.Empty;
        if (double.TryParse(text[..^unit.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            switch (unit)
            {
                case "ms": return TimeSpan.FromMilliseconds(value);
                case "s": return TimeSpan.FromSeconds(value);
                case "m": return TimeSpan.FromMinutes(value);
                case "h": return TimeSpan.FromHours(value);
            }
        }

        result.AddError($"'{text}' is not a duration (a number with ms, s, m or h, such as 10m)");
        return TimeSpan.Zero;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static double Megabytes(double bytes) => bytes / (1024.0 * 1024.0);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>What two results must share to count as the same: everything a result line carries but the signal details.</summary>
    private readonly record struct Fingerprint(double Risk, bool Flagged, RiskLevel Level, Stage Stage, string? Suspect, int? FirstFlaggedAt, int Signals)
    {
        public static Fingerprint Of(Assessment a) => new(a.Risk, a.Flagged, a.Level, a.Stage, a.Suspect, a.FirstFlaggedAt, a.Signals.Count);
    }

    private sealed class Counters
    {
        public long Messages;
        public long Mismatches;

        public void Check(Fingerprint expected, Assessment actual, int messages)
        {
            Interlocked.Add(ref Messages, messages);
            if (Fingerprint.Of(actual) != expected)
            {
                Interlocked.Increment(ref Mismatches);
            }
        }
    }
}
