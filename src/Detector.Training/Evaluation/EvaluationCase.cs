using Detector.Conversations;
using Detector.Rules;
using Detector.Scoring;

namespace Detector.Training.Evaluation;

/// <summary>
/// What an evaluation keeps of one labelled conversation, whatever scores it: a few numbers, never its text, so a file
/// of any size evaluates in memory proportional to its number of conversations.
/// </summary>
/// <param name="Positive">Labelled sextortion.</param>
/// <param name="MessageCount">How many messages it has.</param>
/// <param name="Language">The language code the <see cref="LanguageGuesser"/> chose.</param>
/// <param name="Tactics">A bit per signal of the taxonomy (<see cref="SignalNames.All"/> order) annotated on any of its messages.</param>
/// <param name="Annotated">Whether any message carries <c>signals</c> annotations.</param>
/// <param name="FirstThreatOrDemand">
/// The first message showing <c>threat_to_share</c> or <c>payment_demand</c> (annotated when <paramref name="Annotated"/>,
/// otherwise fired by the rules); -1 if none.
/// </param>
internal readonly record struct EvaluationCase(bool Positive, int MessageCount, string Language, ulong Tactics, bool Annotated, int FirstThreatOrDemand)
{
    private static readonly int s_threat = SignalCatalog.IndexOf(SignalNames.ThreatToShare);
    private static readonly int s_demand = SignalCatalog.IndexOf(SignalNames.PaymentDemand);

    /// <summary>The case for a labelled <paramref name="conversation"/>, from its label and annotations.</summary>
    public static EvaluationCase Of(Conversation conversation, string language)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        ulong tactics = 0;
        var annotated = false;
        var firstThreat = -1;
        for (var i = 0; i < conversation.Messages.Count; i++)
        {
            foreach (var name in conversation.Messages[i].Signals)
            {
                annotated = true;
                var signal = SignalCatalog.IndexOf(name);
                if (signal < 0)
                {
                    continue;
                }

                tactics |= 1UL << signal;
                if (firstThreat < 0 && IsThreatOrDemand(signal))
                {
                    firstThreat = i;
                }
            }
        }

        return new EvaluationCase(conversation.Label == ConversationLabel.Sextortion, conversation.Messages.Count, language, tactics, annotated, firstThreat);
    }

    /// <summary>Whether the taxonomy signal <paramref name="signal"/> is <c>threat_to_share</c> or <c>payment_demand</c>.</summary>
    public static bool IsThreatOrDemand(int signal) => signal == s_threat || signal == s_demand;

    /// <summary>The furthest stage its annotations reach (<see cref="Stage.None"/> when none of its signals has a stage).</summary>
    public Stage FurthestStage
    {
        get
        {
            var furthest = Stage.None;
            for (var signal = 0; signal < SignalNames.All.Count; signal++)
            {
                if (HasTactic(signal) && SignalCatalog.StageOf(signal) > furthest)
                {
                    furthest = SignalCatalog.StageOf(signal);
                }
            }

            return furthest;
        }
    }

    /// <summary>Whether the conversation is annotated with the taxonomy signal <paramref name="signal"/>.</summary>
    public bool HasTactic(int signal) => (Tactics & (1UL << signal)) != 0;
}
