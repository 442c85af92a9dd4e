using System.CommandLine;
using System.Globalization;
using Detector.Conversations;
using Detector.Rules;

namespace Detector.Cli;

/// <summary>
/// <c>detector rules coverage --input FILE [--packs FILE…] [--missed N] [--spurious N] [--signal NAME…] [--by-rule]</c>:
/// measures the rules against annotated messages. Per signal, a message "has" the signal when its annotations list
/// it, and the rules "fire" it when any rule for that signal matches its text (sender and <c>near</c> conditions are
/// ignored: they belong to the scorer). Prints annotated, fired, true positives, precision and recall per signal,
/// then optionally the most frequent missed and spurious message texts to guide pack authors.
/// </summary>
internal static class RulesCoverageCommand
{
    public static Command Create()
    {
        var input = CommonOptions.Input("Annotated conversation file (JSON Lines), e.g. training-data/generated/train.jsonl.");
        var packs = new Option<string[]>("--packs", "-p")
        {
            Description = "Rule pack files to measure (all together form the rule set); the packs embedded in the library when omitted.",
            AllowMultipleArgumentsPerToken = true,
        };
        var missed = new Option<int>("--missed") { Description = "Show up to N most frequent annotated messages no rule fired on, per signal (use on the train split only).", DefaultValueFactory = _ => 0 };
        var spurious = new Option<int>("--spurious") { Description = "Show up to N most frequent messages the rules fired on without the annotation, per signal.", DefaultValueFactory = _ => 0 };
        var signals = new Option<string[]>("--signal", "-s") { Description = "Only these signals (wire names).", AllowMultipleArgumentsPerToken = true };
        var byRule = new Option<bool>("--by-rule") { Description = "Also print, per rule, how often it fired and how often on a message annotated with its signal." };
        var command = new Command("coverage", "Measure each signal's rules against annotated messages: precision and recall at message level.")
        {
            input, packs, missed, spurious, signals, byRule,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(input)!,
            parse.GetValue(packs) ?? [],
            new DisplayOptions(parse.GetValue(missed), parse.GetValue(spurious), parse.GetValue(signals) ?? [], parse.GetValue(byRule)),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string input, string[] packFiles, DisplayOptions display, CancellationToken cancellationToken)
    {
        var packs = packFiles.Length == 0 ? RulePack.LoadEmbedded() : packFiles.Select(file => RulePack.Load(file)).ToList();
        var engine = RuleEngine.Create(packs);
        var coverage = new Dictionary<string, SignalCoverage>(StringComparer.Ordinal);
        var ruleFired = new int[engine.Rules.Count];
        var ruleAgreed = new int[engine.Rules.Count];
        var matches = new RuleMatch[engine.Rules.Count];
        var fired = new HashSet<string>(StringComparer.Ordinal);
        var skipped = 0L;
        var options = new ConversationReaderOptions { OnInvalidLine = _ => skipped++ };
        await foreach (var conversation in ConversationReader.ReadFileAsync(input, options, cancellationToken).ConfigureAwait(false))
        {
            foreach (var message in conversation.Messages)
            {
                fired.Clear();
                var count = engine.Match(message.Text, message.Kind, matches);
                for (var i = 0; i < count; i++)
                {
                    fired.Add(matches[i].Signal);
                    ruleFired[matches[i].RuleIndex]++;
                    if (message.Signals.Contains(matches[i].Signal, StringComparer.Ordinal))
                    {
                        ruleAgreed[matches[i].RuleIndex]++;
                    }
                }

                foreach (var signal in fired.Union(message.Signals, StringComparer.Ordinal))
                {
                    if (!coverage.TryGetValue(signal, out var tally))
                    {
                        coverage[signal] = tally = new SignalCoverage();
                    }

                    tally.Add(message.Text, annotated: message.Signals.Contains(signal, StringComparer.Ordinal), fired: fired.Contains(signal));
                }
            }
        }

        var shown = coverage
            .Where(entry => display.Signals.Length == 0 || display.Signals.Contains(entry.Key, StringComparer.Ordinal))
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .ToList();
        PrintTable(shown, engine.Version);
        if (display.ByRule)
        {
            PrintRules(engine, ruleFired, ruleAgreed, display.Signals);
        }

        foreach (var (signal, tally) in shown)
        {
            PrintTexts($"missed {signal}", tally.Missed, display.Missed);
            PrintTexts($"spurious {signal}", tally.Spurious, display.Spurious);
        }

        if (skipped > 0)
        {
            Console.Error.WriteLine($"detector rules coverage: skipped {skipped} invalid line(s) of {input}");
        }

        return skipped > 0 ? ExitCodes.SkippedLines : ExitCodes.Success;
    }

    private static void PrintTable(List<KeyValuePair<string, SignalCoverage>> shown, string version)
    {
        Console.WriteLine($"rules {version}");
        Console.WriteLine($"{"signal",-22} {"annotated",9} {"fired",7} {"tp",7} {"precision",9} {"recall",7}");
        foreach (var (signal, tally) in shown)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{signal,-22} {tally.Annotated,9} {tally.Fired,7} {tally.TruePositives,7} {Ratio(tally.TruePositives, tally.Fired),9} {Ratio(tally.TruePositives, tally.Annotated),7}"));
        }
    }

    private static void PrintRules(RuleEngine engine, int[] ruleFired, int[] ruleAgreed, string[] signals)
    {
        Console.WriteLine();
        Console.WriteLine($"{"rule",-44} {"signal",-22} {"fired",7} {"agreed",7} {"precision",9}");
        for (var r = 0; r < engine.Rules.Count; r++)
        {
            var rule = engine.Rules[r];
            if (signals.Length == 0 || signals.Contains(rule.Signal, StringComparer.Ordinal))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{rule.Id,-44} {rule.Signal,-22} {ruleFired[r],7} {ruleAgreed[r],7} {Ratio(ruleAgreed[r], ruleFired[r]),9}"));
            }
        }
    }

    private static void PrintTexts(string heading, Dictionary<string, int> texts, int most)
    {
        if (most <= 0 || texts.Count == 0)
        {
            return;
        }

        Console.WriteLine();
        Console.WriteLine($"== {heading} ({texts.Values.Sum()} messages, {texts.Count} distinct texts)");
        foreach (var (text, count) in texts.OrderByDescending(entry => entry.Value).ThenBy(entry => entry.Key, StringComparer.Ordinal).Take(most))
        {
            Console.WriteLine($"{count,5}  {text.ReplaceLineEndings(" ")}");
        }
    }

    private static string Ratio(int part, int whole) =>
        whole == 0 ? "-" : ((double)part / whole).ToString("0.000", CultureInfo.InvariantCulture);

    private sealed record DisplayOptions(int Missed, int Spurious, string[] Signals, bool ByRule);

    /// <summary>Message-level counts for one signal, with the texts of misses and spurious hits.</summary>
    private sealed class SignalCoverage
    {
        public int Annotated { get; private set; }

        public int Fired { get; private set; }

        public int TruePositives { get; private set; }

        public Dictionary<string, int> Missed { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, int> Spurious { get; } = new(StringComparer.Ordinal);

        public void Add(string text, bool annotated, bool fired)
        {
            Annotated += annotated ? 1 : 0;
            Fired += fired ? 1 : 0;
            TruePositives += annotated && fired ? 1 : 0;
            if (annotated != fired)
            {
                var texts = annotated ? Missed : Spurious;
                texts[text] = texts.GetValueOrDefault(text) + 1;
            }
        }
    }
}
