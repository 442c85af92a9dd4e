using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Detector.Conversations;
using Detector.Scoring;
using Detector.Training.Evaluation;

namespace Detector.Cli;

/// <summary><c>detector eval --input FILE [--model DIR] [--report DIR]</c>: measures the scorer on labelled data.</summary>
internal static class EvalCommand
{
    private static readonly TimeSpan s_progressInterval = TimeSpan.FromSeconds(2);

    public static Command Create()
    {
        var input = CommonOptions.Input("Labelled conversation file (JSON Lines); '-' reads standard input.");
        var model = CommonOptions.Model();
        var report = new Option<string?>("--report", "-r") { Description = "Directory to write report.json, report.md and charts to." };
        var command = new Command("eval", "Score labelled conversations and print precision, recall, F1, F0.5, ROC-AUC, PR-AUC, FPR and early detection.")
        {
            input, model, report,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(
            parse.GetValue(input)!, parse.GetValue(model), parse.GetValue(report), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string input, string? modelDirectory, string? reportDirectory, CancellationToken cancellationToken)
    {
        var evaluator = new Evaluator(ScorerLoader.Load(modelDirectory));
        var skipped = new SkippedLineReporter();

        var clock = Stopwatch.StartNew();
        var lastProgress = TimeSpan.Zero;
        var report = await evaluator.EvaluateAsync(ConversationReader.ReadFileAsync(input, skipped.ReaderOptions, cancellationToken), input, scored =>
        {
            if (clock.Elapsed - lastProgress >= s_progressInterval)
            {
                lastProgress = clock.Elapsed;
                Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eval: {scored:N0} conversations scored, {clock.Elapsed:mm\\:ss} elapsed"));
            }
        }, cancellationToken).ConfigureAwait(false);
        report = report with { SkippedLines = skipped.Count };

        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eval: scored {report.Conversations:N0} labelled conversations in {clock.Elapsed.TotalSeconds:0.0} s"));
        if (report.Unlabelled > 0)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"eval: skipped {report.Unlabelled:N0} unlabelled conversations (evaluation needs labels)"));
        }

        if (report.Conversations == 0)
        {
            Console.Error.WriteLine($"detector eval: no labelled conversations in {input}");
            return ExitCodes.Failure;
        }

        Console.Out.Write(Summary(report));
        if (reportDirectory is not null)
        {
            var written = EvaluationReportFiles.Write(report, reportDirectory);
            Console.Error.WriteLine($"eval: wrote {string.Join(", ", written.Select(Path.GetFileName))} to {reportDirectory}");
        }

        return skipped.ExitCode;
    }

    private static string Summary(EvaluationReport report)
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"Evaluated {report.Conversations} labelled conversations from {report.Input} ({report.Positives} sextortion, {report.Negatives} benign).\n\n");
        text.Append(SummaryTable.Of(report).ToAligned()).Append('\n');
        foreach (var note in SummaryTable.Notes(report))
        {
            text.Append(note).Append('\n');
        }

        text.Append(CultureInfo.InvariantCulture, $"\nFirst threat/demand: {report.ThreatReference}.\n");
        if (report.Main.Metrics is { } main)
        {
            text.Append("Recall per tactic (main): ").Append(main.Tactics is { } tactics
                ? string.Join(", ", tactics.Select(t => $"{t.Name} {Figure.Of(t.Recall)} (n={t.Positives})"))
                : "not available (the data has no per-message signal annotations)").Append('\n');
            if (main.FurthestStages is { } stages)
            {
                var reached = GroupRecall.AtLeast(stages, Stage.Sexualisation);
                text.Append("Recall by furthest annotated stage (main): ")
                    .AppendJoin(", ", stages.Select(s => $"{s.Name} {Figure.Of(s.Recall)} (n={s.Positives})"))
                    .Append(CultureInfo.InvariantCulture, $"; {reached.Name} {Figure.Of(reached.Recall)} (n={reached.Positives})\n");
            }

            text.Append("Recall per language (main, guessed from function words): ")
                .AppendJoin(", ", main.Languages.Select(l => $"{l.Name} {Figure.Of(l.Recall)} (n={l.Positives})")).Append('\n');
        }

        return text.ToString();
    }
}
