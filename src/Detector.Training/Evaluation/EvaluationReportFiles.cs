using System.Text;

namespace Detector.Training.Evaluation;

/// <summary>Writes an evaluation report to a directory: <c>report.json</c>, <c>report.md</c> and the SVG charts.</summary>
internal static class EvaluationReportFiles
{
    public const string Json = "report.json";
    public const string Markdown = "report.md";

    /// <summary>Writes every file, creating <paramref name="directory"/> if needed; returns the paths written.</summary>
    public static IReadOnlyList<string> Write(EvaluationReport report, string directory)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        var json = Path.Combine(directory, Json);
        using (var stream = File.Create(json))
        {
            ReportJsonWriter.Write(report, stream);
        }

        written.Add(json);
        written.Add(WriteText(directory, Markdown, ReportMarkdownWriter.Write(report)));
        written.AddRange(ReportCharts.Of(report).Select(chart => WriteText(directory, chart.File, chart.Svg)));
        return written;
    }

    private static string WriteText(string directory, string file, string text)
    {
        var path = Path.Combine(directory, file);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
