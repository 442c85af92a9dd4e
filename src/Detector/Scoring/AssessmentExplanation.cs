using System.Globalization;
using System.Text;

namespace Detector.Scoring;

/// <summary>Writes the one-line explanation of an <see cref="Assessment"/> that a moderator can read at a glance.</summary>
internal static class AssessmentExplanation
{
    /// <summary>How many signals the explanation names, strongest first, one per signal name.</summary>
    public const int MaxSignals = 5;

    public static string Format(Assessment assessment)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{WireNames<RiskLevel>.Of(assessment.Level)}: risk {assessment.Risk:0.00}");
        text.Append(assessment.FirstFlaggedAt is { } first
            ? string.Create(CultureInfo.InvariantCulture, $", flagged after message {first}")
            : ", not flagged");
        text.Append(CultureInfo.InvariantCulture, $"; stage {WireNames<Stage>.Of(assessment.Stage)}");
        if (assessment.Suspect is { } suspect)
        {
            text.Append(CultureInfo.InvariantCulture, $"; suspect {suspect}");
        }

        var strongest = assessment.Signals
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => g.MaxBy(s => s.Weight)!)
            .OrderByDescending(s => s.Weight)
            .ThenBy(s => s.Message)
            .Take(MaxSignals)
            .ToList();
        if (strongest.Count > 0)
        {
            text.Append(". Signals: ");
            text.AppendJoin(", ", strongest.Select(Describe));
        }

        return text.Append('.').ToString();
    }

    private static string Describe(Signal signal)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"message {signal.Message}");
        var source = signal.Source == SignalSource.Model ? ", text model" : string.Empty;
        return signal.Excerpt is { } excerpt
            ? $"{signal.Name} ({where}{source}: \"{excerpt}\")"
            : $"{signal.Name} ({where}{source})";
    }
}
