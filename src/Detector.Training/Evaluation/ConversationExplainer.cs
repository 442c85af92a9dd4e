using System.Globalization;
using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Training.Evaluation;

/// <summary>
/// Writes <c>detector explain</c>'s view of one conversation: each message with the spans of the signals that fired on
/// it highlighted, those signals, and the risk, level and stage after it; then the assessment's explanation. Shows
/// message text, so it is for an analyst who asked for this conversation.
/// </summary>
internal static class ConversationExplainer
{
    /// <summary>Scores <paramref name="conversation"/> message by message with <paramref name="scorer"/> and writes the view.</summary>
    public static Assessment Write(TextWriter output, ConversationScorer scorer, Conversation conversation, (string Open, string Close) markers)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(conversation);
        var label = conversation.Label is { } l ? WireNames<ConversationLabel>.Of(l) : "unlabelled";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Conversation {conversation.Id}: {conversation.Messages.Count} messages, {label}{(conversation.Suspect is { } s ? $", labelled suspect {s}" : "")}"));
        output.WriteLine($"Rules {scorer.RulesVersion}; models {scorer.ModelVersion ?? "none (rules alone)"}; threshold {Figure.Of(scorer.Threshold)}");

        var session = scorer.CreateSession();
        for (var i = 0; i < conversation.Messages.Count; i++)
        {
            var message = conversation.Messages[i];
            var assessment = session.Append(message);
            var fired = assessment.Signals.Where(signal => signal.Message == i).ToList();
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"#{i}  {message.From}  {message.At?.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture) ?? "(no time)"}  {WireNames<MessageKind>.Of(message.Kind)}"));
            if (message.Text.Length > 0)
            {
                output.WriteLine("    " + MessageHighlighter.Highlight(message.Text, fired.Select(f => (f.Start, f.Length)), markers));
            }

            foreach (var signal in fired)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    signal {signal.Name}  weight {signal.Weight:0.00}  {(signal.Source == SignalSource.Model ? "text model" : "rule " + signal.Rule)}"));
            }

            var first = assessment.FirstFlaggedAt == i ? "  <- first flagged here" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    risk {assessment.Risk:0.00}  level {WireNames<RiskLevel>.Of(assessment.Level)}  stage {WireNames<Stage>.Of(assessment.Stage)}{first}"));
        }

        output.WriteLine();
        output.WriteLine("Summary: " + session.Current.Explanation);
        return session.Current;
    }
}
