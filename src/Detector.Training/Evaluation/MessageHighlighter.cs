using System.Text;

namespace Detector.Training.Evaluation;

/// <summary>Marks spans of a message's text, merging spans that overlap or touch so markers never nest.</summary>
internal static class MessageHighlighter
{
    /// <summary>The markers used when the output is not a terminal.</summary>
    public static readonly (string Open, string Close) Brackets = ("[[", "]]");

    /// <summary>Bold red and reset, for a terminal.</summary>
    public static readonly (string Open, string Close) AnsiColour = ("\u001b[1;31m", "\u001b[0m");

    /// <summary><paramref name="text"/> with each of <paramref name="spans"/> (start, length; clamped to the text) wrapped in <paramref name="markers"/>.</summary>
    public static string Highlight(string text, IEnumerable<(int Start, int Length)> spans, (string Open, string Close) markers)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(spans);
        var merged = new List<(int Start, int End)>();
        foreach (var (start, end) in spans
            .Select(s => (Start: Math.Clamp(s.Start, 0, text.Length), End: Math.Clamp(s.Start + s.Length, 0, text.Length)))
            .Where(s => s.End > s.Start)
            .OrderBy(s => s.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, Math.Max(merged[^1].End, end));
            }
            else
            {
                merged.Add((start, end));
            }
        }

        var highlighted = new StringBuilder(text.Length + (merged.Count * (markers.Open.Length + markers.Close.Length)));
        var at = 0;
        foreach (var (start, end) in merged)
        {
            highlighted.Append(text, at, start - at).Append(markers.Open).Append(text, start, end - start).Append(markers.Close);
            at = end;
        }

        return highlighted.Append(text, at, text.Length - at).ToString();
    }
}
