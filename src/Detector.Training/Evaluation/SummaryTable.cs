using System.Globalization;

namespace Detector.Training.Evaluation;

/// <summary>The headline figures of the main scorer beside the baselines, one row per figure: printed by <c>detector eval</c> and in <c>report.md</c>.</summary>
internal static class SummaryTable
{
    public static TextTable Of(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var scorers = report.Scorers;
        var table = new TextTable([.. scorers.Select(s => s.Name).Prepend("")]);
        Row("threshold", m => Figure.Of(m.Threshold));
        Row("precision", m => Figure.Of(m.Confusion.Precision));
        Row("recall", m => Figure.Of(m.Confusion.Recall));
        Row("F1", m => Figure.Of(m.Confusion.F1));
        Row("F0.5", m => Figure.Of(m.Confusion.FHalf));
        Row("false-positive rate", m => Figure.Of(m.Confusion.FalsePositiveRate));
        Row("ROC-AUC", m => Figure.Of(m.RocAuc));
        Row("PR-AUC (average precision)", m => Figure.Of(m.AveragePrecision));
        Row("TP / FP / TN / FN", m => string.Create(CultureInfo.InvariantCulture,
            $"{m.Confusion.TruePositives} / {m.Confusion.FalsePositives} / {m.Confusion.TrueNegatives} / {m.Confusion.FalseNegatives}"));
        Row("median share of messages seen at first flag", m => Figure.Of(m.EarlyDetection.MedianFractionSeen));
        Row("flagged before first threat/demand", m => Figure.Of(m.EarlyDetection.FlaggedBeforeThreatOrDemand, m.EarlyDetection.WithThreatOrDemand));
        return table;

        void Row(string figure, Func<ScorerMetrics, string> cell) =>
            table.Add([.. scorers.Select(s => s.Metrics is { } metrics ? cell(metrics) : Figure.NotApplicable).Prepend(figure)]);
    }

    /// <summary>One line per scorer saying what it is, or why it was not evaluated.</summary>
    public static IEnumerable<string> Notes(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return report.Scorers.Select(s => $"{s.Name}: {s.NotAvailable ?? s.Description}");
    }
}
