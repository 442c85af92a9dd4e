using Detector.Conversations;
using Detector.Scoring;
using Detector.Training.Evaluation;

// Evaluates the default scorer (and its baselines) on a labelled conversation file and writes the report with charts.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: Research LABELLED.jsonl REPORT_DIRECTORY");
    return 2;
}

var (input, reportDirectory) = (args[0], args[1]);
var evaluator = new Evaluator(new ConversationScorer());
var report = await evaluator.EvaluateAsync(ConversationReader.ReadFileAsync(input), input).ConfigureAwait(false);
if (report.Conversations == 0)
{
    Console.Error.WriteLine($"No labelled conversations in {input}.");
    return 1;
}

Console.WriteLine($"Evaluated {report.Conversations} labelled conversations ({report.Positives} sextortion, {report.Negatives} benign).");
Console.WriteLine(SummaryTable.Of(report).ToAligned());
foreach (var file in EvaluationReportFiles.Write(report, reportDirectory))
{
    Console.WriteLine($"wrote {file}");
}

return 0;
