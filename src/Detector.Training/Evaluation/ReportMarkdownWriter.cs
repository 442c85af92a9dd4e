using System.Globalization;
using System.Text;
using Detector.Rules;
using Detector.Scoring;

namespace Detector.Training.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as <c>report.md</c>, for people: the summary table, early detection, per-tactic and per-language recall, and the charts.</summary>
internal static class ReportMarkdownWriter
{
    public static string Write(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# Evaluation report\n\n");
        md.Append(CultureInfo.InvariantCulture, $"- Input: `{report.Input}`\n");
        md.Append(CultureInfo.InvariantCulture, $"- Conversations evaluated: {report.Conversations} ({report.Positives} sextortion, {report.Negatives} benign)\n");
        md.Append(CultureInfo.InvariantCulture, $"- Skipped: {report.Unlabelled} unlabelled conversations, {report.SkippedLines} invalid lines\n");
        md.Append(CultureInfo.InvariantCulture, $"- Rule packs: {report.RulesVersion}; models: {report.ModelVersion ?? "none (rules alone)"}\n");
        md.Append(CultureInfo.InvariantCulture, $"- Conversations with per-message signal annotations: {report.Annotated}\n\n");

        md.Append("## Main scorer and baselines\n\n");
        md.Append(SummaryTable.Of(report).ToMarkdown()).Append('\n');
        foreach (var note in SummaryTable.Notes(report))
        {
            md.Append("- ").Append(note).Append('\n');
        }

        AppendEarlyDetection(md, report);
        AppendTactics(md, report);
        AppendFurthestStages(md, report);
        AppendLanguages(md, report);

        md.Append("\n## Charts\n\n");
        foreach (var (file, caption, _) in ReportCharts.Of(report))
        {
            md.Append(CultureInfo.InvariantCulture, $"![{caption}]({file})\n\n");
        }

        return md.ToString();
    }

    private static void AppendEarlyDetection(StringBuilder md, EvaluationReport report)
    {
        md.Append("\n## Early detection\n\n");
        md.Append("For each sextortion conversation flagged: the share of its messages seen when it was first flagged, scored message by message. ");
        md.Append(CultureInfo.InvariantCulture, $"\"Before the first threat or demand\" compares the flag with {report.ThreatReference}.\n\n");
        var table = Table(report, "share of messages seen at first flag");
        for (var bin = 0; bin < EarlyDetection.HistogramBins; bin++)
        {
            var low = (double)bin / EarlyDetection.HistogramBins;
            var high = (bin + 1.0) / EarlyDetection.HistogramBins;
            var label = string.Create(CultureInfo.InvariantCulture, $"({low:0.0}, {high:0.0}]");
            Row(table, report, label, m => m.EarlyDetection.FractionHistogram[bin].ToString(CultureInfo.InvariantCulture));
        }

        Row(table, report, "not flagged", m => (m.EarlyDetection.Positives - m.EarlyDetection.Detected).ToString(CultureInfo.InvariantCulture));
        Row(table, report, "median share seen", m => Figure.Of(m.EarlyDetection.MedianFractionSeen));
        Row(table, report, "flagged before first threat/demand", m => Figure.Of(m.EarlyDetection.FlaggedBeforeThreatOrDemand, m.EarlyDetection.WithThreatOrDemand));
        md.Append(table.ToMarkdown());
    }

    private static void AppendTactics(StringBuilder md, EvaluationReport report)
    {
        md.Append("\n## Recall per tactic\n\n");
        if (report.AnnotatedPositives == 0)
        {
            md.Append("Not available: no sextortion conversation in the input carries per-message `signals` annotations ");
            md.Append("(the generated corpus has them; hand-written and PAN 2012 data do not).\n");
            return;
        }

        md.Append(CultureInfo.InvariantCulture, $"Over the {report.AnnotatedPositives} annotated sextortion conversations: a conversation shows a tactic when any of its messages is annotated with that signal.\n\n");
        var table = Table(report, "tactic", "conversations");
        foreach (var name in SignalNames.All)
        {
            var positives = report.Main.Metrics?.Tactics?.FirstOrDefault(t => t.Name == name)?.Positives ?? 0;
            if (positives > 0)
            {
                Row(table, report, name, m => Figure.Of(m.Tactics?.FirstOrDefault(t => t.Name == name)?.Recall), positives);
            }
        }

        md.Append(table.ToMarkdown());
    }

    private static void AppendFurthestStages(StringBuilder md, EvaluationReport report)
    {
        if (report.Main.Metrics?.FurthestStages is not { } stages)
        {
            return;
        }

        md.Append("\n## Recall by the furthest stage annotated\n\n");
        md.Append("Each annotated sextortion conversation counted once, under the furthest grooming stage its annotations reach. ");
        md.Append("Conversations that stop at contact or rapport carry little that tells them from a benign chat with a stranger.\n\n");
        var table = Table(report, "furthest stage", "conversations");
        foreach (var stage in stages)
        {
            Row(table, report, stage.Name, m => Figure.Of(m.FurthestStages?.FirstOrDefault(s => s.Name == stage.Name)?.Recall), stage.Positives);
        }

        var reached = GroupRecall.AtLeast(stages, Stage.Sexualisation);
        Row(table, report, reached.Name, m => Figure.Of(m.FurthestStages is { } s ? GroupRecall.AtLeast(s, Stage.Sexualisation).Recall : null), reached.Positives);
        md.Append(table.ToMarkdown());
    }

    private static void AppendLanguages(StringBuilder md, EvaluationReport report)
    {
        md.Append("\n## Recall per language\n\n");
        md.Append(EvaluationReport.LanguageMethod).Append("\n\n");
        var table = Table(report, "language", "conversations");
        foreach (var language in report.Main.Metrics?.Languages ?? [])
        {
            Row(table, report, $"{language.Name} ({LanguageGuesser.Default.NameOf(language.Name)})",
                m => Figure.Of(m.Languages.FirstOrDefault(l => l.Name == language.Name)?.Recall), language.Positives);
        }

        md.Append(table.ToMarkdown());
    }

    private static TextTable Table(EvaluationReport report, params string[] leading) =>
        new([.. leading, .. report.Scorers.Select(s => s.Name)]);

    private static void Row(TextTable table, EvaluationReport report, string label, Func<ScorerMetrics, string> cell, long? count = null)
    {
        string[] leading = count is { } n ? [label, n.ToString(CultureInfo.InvariantCulture)] : [label];
        table.Add([.. leading, .. report.Scorers.Select(s => s.Metrics is { } m ? cell(m) : Figure.NotApplicable)]);
    }
}
