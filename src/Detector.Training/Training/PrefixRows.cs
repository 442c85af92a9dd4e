using Detector.Conversations;
using Detector.Features;
using Detector.Scoring;

namespace Detector.Training.Training;

/// <summary>
/// The conversation model's rows: the feature vector after every message of every conversation (each prefix, as a
/// session would see it), labelled with the conversation's label, plus each prefix's baseline risks.
/// </summary>
internal sealed class PrefixRows
{
    public List<float[]> Features { get; } = [];

    public List<bool> Labels { get; } = [];

    /// <summary>
    /// For each row, whether it trains and calibrates the model: every benign prefix, and the prefixes of a sextortion
    /// conversation from its first annotated message of <see cref="TrainingOptions.PositiveFrom"/> or later.
    /// </summary>
    public List<bool> Evident { get; } = [];

    /// <summary>The indices of the <see cref="Evident"/> rows, in order.</summary>
    public IEnumerable<int> EvidentRows => Enumerable.Range(0, Evident.Count).Where(row => Evident[row]);

    /// <summary>For each row, the index of its conversation.</summary>
    public List<int> Conversation { get; } = [];

    public List<double> RulesOnlyRisk { get; } = [];

    public List<double> TextModelOnlyRisk { get; } = [];

    /// <summary>The label of each conversation, in order.</summary>
    public List<bool> ConversationLabels { get; } = [];

    /// <summary>Runs a session over each labelled conversation with <paramref name="scorer"/> and records every prefix.</summary>
    /// <param name="conversations">The conversations.</param>
    /// <param name="scorer">The scorer whose sessions compute the features.</param>
    /// <param name="progress">Where progress lines go.</param>
    /// <param name="positiveFrom">The stage from which a sextortion conversation's prefixes are <see cref="Evident"/>.</param>
    /// <param name="name">What the rows are, for progress lines.</param>
    public static PrefixRows Extract(
        IEnumerable<Conversation> conversations, ConversationScorer scorer, TrainingProgress progress, Stage positiveFrom, string name)
    {
        var rows = new PrefixRows();
        foreach (var conversation in conversations)
        {
            if (conversation.Label is not { } label || conversation.Messages.Count == 0)
            {
                continue;
            }

            var index = rows.ConversationLabels.Count;
            var positive = label == ConversationLabel.Sextortion;
            rows.ConversationLabels.Add(positive);
            var evident = !positive || positiveFrom == Stage.None;
            var session = scorer.CreateSession();
            foreach (var message in conversation.Messages)
            {
                session.Append(message);
                evident = evident || message.Signals.Any(name => SignalCatalog.IndexOf(name) is >= 0 and var signal && SignalCatalog.StageOf(signal) >= positiveFrom);
                var suspect = ConversationFeatures.ChooseSuspect(session.State);
                var features = new float[ConversationFeatures.Count];
                ConversationFeatures.Write(session.State, suspect, features);
                rows.Features.Add(features);
                rows.Labels.Add(positive);
                rows.Evident.Add(evident);
                rows.Conversation.Add(index);
                rows.RulesOnlyRisk.Add(scorer.RiskOf(session.State, suspect, RiskMethod.RulesOnly));
                rows.TextModelOnlyRisk.Add(scorer.RiskOf(session.State, suspect, RiskMethod.TextModelOnly));
            }

            if (rows.ConversationLabels.Count % 5000 == 0)
            {
                progress.Report($"{name}: features of {rows.ConversationLabels.Count:N0} conversations ({rows.Features.Count:N0} prefixes)");
            }
        }

        progress.Report($"{name}: done, {rows.ConversationLabels.Count:N0} conversations ({rows.Features.Count:N0} prefixes)");
        return rows;
    }

    /// <summary>The highest of <paramref name="rowRisks"/> over each conversation's prefixes: the risk a session ends with.</summary>
    public double[] HighWater(IReadOnlyList<double> rowRisks)
    {
        var highWater = new double[ConversationLabels.Count];
        for (var row = 0; row < rowRisks.Count; row++)
        {
            highWater[Conversation[row]] = Math.Max(highWater[Conversation[row]], rowRisks[row]);
        }

        return highWater;
    }
}
