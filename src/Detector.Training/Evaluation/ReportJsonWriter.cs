using System.Text.Json;

namespace Detector.Training.Evaluation;

/// <summary>Writes an <see cref="EvaluationReport"/> as <c>report.json</c>: every figure, with <c>null</c> for an undefined one.</summary>
internal static class ReportJsonWriter
{
    public static void Write(EvaluationReport report, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        json.WriteStartObject();
        json.WriteString("input", report.Input);
        json.WriteString("rulesVersion", report.RulesVersion);
        json.WriteString("modelVersion", report.ModelVersion);
        json.WriteNumber("conversations", report.Conversations);
        json.WriteNumber("positives", report.Positives);
        json.WriteNumber("negatives", report.Negatives);
        json.WriteNumber("unlabelled", report.Unlabelled);
        json.WriteNumber("skippedLines", report.SkippedLines);
        json.WriteNumber("annotated", report.Annotated);
        json.WriteNumber("annotatedPositives", report.AnnotatedPositives);
        json.WriteString("threatReference", report.ThreatReference);
        json.WriteString("languageMethod", EvaluationReport.LanguageMethod);
        json.WriteStartArray("scorers");
        foreach (var scorer in report.Scorers)
        {
            WriteScorer(json, scorer);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteScorer(Utf8JsonWriter json, ScorerEvaluation scorer)
    {
        json.WriteStartObject();
        json.WriteString("name", scorer.Name);
        json.WriteString("description", scorer.Description);
        json.WriteBoolean("available", scorer.Metrics is not null);
        if (scorer.Metrics is not { } m)
        {
            json.WriteString("notAvailable", scorer.NotAvailable);
            json.WriteEndObject();
            return;
        }

        json.WriteNumber("threshold", m.Threshold);
        json.WriteStartObject("confusion");
        json.WriteNumber("truePositives", m.Confusion.TruePositives);
        json.WriteNumber("falsePositives", m.Confusion.FalsePositives);
        json.WriteNumber("trueNegatives", m.Confusion.TrueNegatives);
        json.WriteNumber("falseNegatives", m.Confusion.FalseNegatives);
        json.WriteEndObject();
        Number(json, "precision", m.Confusion.Precision);
        Number(json, "recall", m.Confusion.Recall);
        Number(json, "f1", m.Confusion.F1);
        Number(json, "f05", m.Confusion.FHalf);
        Number(json, "falsePositiveRate", m.Confusion.FalsePositiveRate);
        Number(json, "rocAuc", m.RocAuc);
        Number(json, "averagePrecision", m.AveragePrecision);

        var early = m.EarlyDetection;
        json.WriteStartObject("earlyDetection");
        json.WriteNumber("positives", early.Positives);
        json.WriteNumber("detected", early.Detected);
        Number(json, "medianFractionSeen", early.MedianFractionSeen);
        Counts(json, "fractionHistogram", early.FractionHistogram);
        json.WriteNumber("withThreatOrDemand", early.WithThreatOrDemand);
        json.WriteNumber("flaggedBeforeThreatOrDemand", early.FlaggedBeforeThreatOrDemand);
        Number(json, "shareFlaggedBeforeThreatOrDemand", early.ShareFlaggedBeforeThreatOrDemand);
        json.WriteNumber("threatFromAnnotations", early.ThreatFromAnnotations);
        Points(json, "curve", early.Curve);
        json.WriteEndObject();

        if (m.Tactics is { } tactics)
        {
            Groups(json, "perTactic", tactics);
        }
        else
        {
            json.WriteNull("perTactic");
        }

        Groups(json, "perLanguage", m.Languages);
        if (m.FurthestStages is { } stages)
        {
            Groups(json, "perFurthestStage", stages);
        }
        else
        {
            json.WriteNull("perFurthestStage");
        }

        json.WriteStartObject("histogram");
        json.WriteNumber("bins", ScoreHistogram.Bins);
        Counts(json, "positives", m.Histogram.Positives);
        Counts(json, "negatives", m.Histogram.Negatives);
        json.WriteEndObject();
        Points(json, "rocCurve", m.RocCurve);
        Points(json, "prCurve", m.PrecisionRecallCurve);
        json.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Counts(Utf8JsonWriter json, string name, IReadOnlyList<long> counts)
    {
        json.WriteStartArray(name);
        foreach (var count in counts)
        {
            json.WriteNumberValue(count);
        }

        json.WriteEndArray();
    }

    private static void Points(Utf8JsonWriter json, string name, IReadOnlyList<CurvePoint> points)
    {
        json.WriteStartArray(name);
        foreach (var point in points)
        {
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(point.X, 6));
            json.WriteNumberValue(Math.Round(point.Y, 6));
            json.WriteEndArray();
        }

        json.WriteEndArray();
    }

    private static void Groups(Utf8JsonWriter json, string name, IReadOnlyList<GroupRecall> groups)
    {
        json.WriteStartArray(name);
        foreach (var group in groups)
        {
            json.WriteStartObject();
            json.WriteString("name", group.Name);
            json.WriteNumber("positives", group.Positives);
            json.WriteNumber("detected", group.Detected);
            Number(json, "recall", group.Recall);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
