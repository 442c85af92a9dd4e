namespace Detector.Training.Evaluation;

/// <summary>The charts of an evaluation report, as SVG documents by file name.</summary>
internal static class ReportCharts
{
    public const string PrecisionRecall = "pr-curve.svg";
    public const string Roc = "roc-curve.svg";
    public const string ScoreHistogramFile = "score-histogram.svg";
    public const string EarlyDetectionFile = "early-detection.svg";

    /// <summary>Every chart: file name, a caption, and the SVG.</summary>
    public static IReadOnlyList<(string File, string Caption, string Svg)> Of(EvaluationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var evaluated = report.Scorers.Where(s => s.Metrics is not null).Select(s => (s.Name, Metrics: s.Metrics!)).ToList();

        var pr = new SvgChart("Precision–recall curve", "recall", "precision");
        var roc = new SvgChart("ROC curve", "false-positive rate", "true-positive rate (recall)");
        var early = new SvgChart("Early detection", "share of the conversation's messages seen", "share of sextortion conversations flagged");
        foreach (var (name, metrics) in evaluated)
        {
            // Baselines dashed, so a baseline that matches the main scorer (rules alone, before models) still shows both.
            var baseline = name != report.Main.Name;
            pr.AddLine(name, metrics.PrecisionRecallCurve, dashed: baseline);
            roc.AddLine(name, metrics.RocCurve, dashed: baseline);
            early.AddLine(name, metrics.EarlyDetection.Curve, step: true, dashed: baseline);
        }

        roc.AddLine("chance", [new(0, 0), new(1, 1)], dashed: true);
        return
        [
            (PrecisionRecall, "Precision against recall as the threshold falls", pr.ToSvg()),
            (Roc, "True-positive rate against false-positive rate as the threshold falls", roc.ToSvg()),
            (ScoreHistogramFile, $"Final risk by label ({report.Main.Name} scorer)", Histogram(report.Main)),
            (EarlyDetectionFile, "Share of sextortion conversations flagged once a given share of their messages was seen", early.ToSvg()),
        ];
    }

    private static string Histogram(ScorerEvaluation main)
    {
        var chart = new SvgChart($"Final risk by label ({main.Name} scorer)", "risk", "share of conversations with that label")
        {
            YMax = main.Metrics is { } m ? NiceMax(Shares(m.Histogram.Positives).Concat(Shares(m.Histogram.Negatives)).DefaultIfEmpty(0).Max()) : 1,
        };
        if (main.Metrics is { } metrics)
        {
            chart.AddBars("sextortion", Shares(metrics.Histogram.Positives))
                .AddBars("benign", Shares(metrics.Histogram.Negatives))
                .AddMarker($"threshold {Figure.Of(metrics.Threshold)}", metrics.Threshold);
        }

        return chart.ToSvg();
    }

    private static double[] Shares(IReadOnlyList<long> counts)
    {
        var total = counts.Sum();
        return [.. counts.Select(count => total == 0 ? 0 : (double)count / total)];
    }

    /// <summary>The smallest tenth at or above <paramref name="value"/> (at least 0.1), so the y axis ticks stay round.</summary>
    private static double NiceMax(double value) => Math.Max(0.1, Math.Ceiling(value * 10) / 10);
}
