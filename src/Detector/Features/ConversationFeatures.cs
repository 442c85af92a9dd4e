using Detector.Conversations;
using Detector.Scoring;

namespace Detector.Features;

/// <summary>
/// The conversation model's input: a fixed-length vector computed from a <see cref="ConversationState"/>, seen from
/// the participant most likely perpetrating (the "suspect") against everyone else. Counts are log-scaled; a stage
/// or time that was never reached is -1.
/// </summary>
/// <remarks>
/// Nothing here counts all messages: sizes, shares and positions are counted in evident messages (see
/// <see cref="ConversationState.EvidentMessages"/>) or in time, so a message that carries no signal, hit or event
/// leaves the vector as it was, and benign small talk cannot lift a conversation's risk by lengthening it. For the
/// same reason the text model's maxima are read only from <see cref="ConversationState.TextHeardProbability"/> up: below
/// it, a line about the weather moved them by a few hundredths, and the trees had learnt to read those.
/// </remarks>
internal static class ConversationFeatures
{
    private static readonly Stage[] s_stages = [.. Enum.GetValues<Stage>().Where(s => s != Stage.None)];
    private static readonly MessageKind[] s_eventKinds = [.. Enum.GetValues<MessageKind>().Where(k => k != MessageKind.Text)];

    // Log of the small counts that most features are, worked out once: the very values Log(double) gives.
    private static readonly float[] s_smallCountLogs = [.. Enumerable.Range(0, 1024).Select(count => Log((double)count))];

    /// <summary>The feature names, in vector order; a model records them so a mismatch is caught at load.</summary>
    public static IReadOnlyList<string> Names { get; } = BuildNames();

    /// <summary>The vector's length.</summary>
    public static int Count => Names.Count;

    /// <summary>
    /// How strongly the participant in <paramref name="slot"/> shows perpetrator signals: the strongest weight of each
    /// perpetrator-side signal they sent plus half of each perpetrator-side text-model maximum that is heard (see <see cref="Heard"/>).
    /// </summary>
    public static double PerpetratorScore(ConversationState state, int slot)
    {
        var score = 0.0;
        for (var signal = 0; signal < SignalCatalog.Count; signal++)
        {
            if (!SignalCatalog.IsVictimSide(signal))
            {
                score += state.SignalMaxWeight[ConversationState.Cell(slot, signal)];
            }
        }

        for (var group = 0; group < state.GroupCount && group < SignalCatalog.VictimGroup; group++)
        {
            score += 0.5 * Heard(state.TextMax[state.GroupCell(slot, group)]);
        }

        return score;
    }

    /// <summary>
    /// The slot with the highest <see cref="PerpetratorScore"/>, and that score; on a tie, the participant whose first
    /// evident message came first, else (when neither has sent an evident message) the one the text model heard more
    /// of in all groups (see <see cref="HeardMore"/>), then the earliest sender. A message that carries nothing
    /// therefore cannot change the suspect: one the text model hears below a hit moves the features without being
    /// evident, and on a tie the earliest sender would otherwise be whoever sent a silent line first. Since the
    /// perpetrator groups are in the tied scores, the text that decides such a tie is mostly the victim-side groups':
    /// the suspect is then the view the features are written from, not a finding (nobody has sent anything evident).
    /// </summary>
    public static (int Slot, double Score) ChooseSuspect(ConversationState state)
    {
        var best = (Slot: 0, Score: 0.0);
        for (var slot = 0; slot < state.Participants.Count; slot++)
        {
            var score = PerpetratorScore(state, slot);
            if (score > best.Score || (score == best.Score && PreferredOnTie(slot, best.Slot)))
            {
                best = (slot, score);
            }
        }

        return best;

        bool PreferredOnTie(int slot, int than)
        {
            if (state.FirstEvidentBy[slot] >= 0 || state.FirstEvidentBy[than] >= 0)
            {
                return state.FirstEvidentBy[slot] >= 0 && (state.FirstEvidentBy[than] < 0 || state.FirstEvidentBy[slot] < state.FirstEvidentBy[than]);
            }

            return HeardMore(state, slot, than);
        }
    }

    /// <summary>
    /// Whether the text model heard more from <paramref name="slot"/> than from <paramref name="than"/>: a larger sum of
    /// heard maxima (see <see cref="Heard"/>) over every group, and on an equal sum the first group where they differ.
    /// Two participants tie only when every heard maximum is the same, and then the vector is the same from either.
    /// </summary>
    private static bool HeardMore(ConversationState state, int slot, int than)
    {
        var (sum, thanSum, firstDifference) = (0.0, 0.0, 0f);
        for (var group = 0; group < state.GroupCount; group++)
        {
            var (mine, theirs) = (Heard(state.TextMax[state.GroupCell(slot, group)]), Heard(state.TextMax[state.GroupCell(than, group)]));
            sum += mine;
            thanSum += theirs;
            firstDifference = firstDifference == 0 ? mine - theirs : firstDifference;
        }

        return sum != thanSum ? sum > thanSum : firstDifference > 0;
    }

    /// <summary>
    /// Writes the feature vector of <paramref name="state"/> seen from <paramref name="suspect"/>, as
    /// <see cref="ChooseSuspect"/> gives it: a slot and its <see cref="PerpetratorScore"/>.
    /// </summary>
    public static void Write(ConversationState state, (int Slot, double Score) suspect, Span<float> features)
    {
        if (features.Length < Count)
        {
            throw new ArgumentException($"The feature buffer needs {Count} entries.", nameof(features));
        }

        var (slot, perpetratorScore) = suspect;
        System.Diagnostics.Debug.Assert(perpetratorScore == PerpetratorScore(state, slot), "The suspect's score is not the one ChooseSuspect gives.");
        var at = 0;
        var others = state.Participants.Count;
        for (var signal = 0; signal < SignalCatalog.Count; signal++)
        {
            var mine = state.SignalCounts[ConversationState.Cell(slot, signal)];
            features[at++] = Log(mine);
            features[at++] = Log(SumOverOthers(state.SignalCounts, SignalCatalog.Count, signal));
        }

        for (var group = 0; group < state.GroupCount; group++)
        {
            features[at++] = Heard(state.TextMax[state.GroupCell(slot, group)]);
            features[at++] = MaxOverOthers(state.TextMax, state.GroupCount, group);
            features[at++] = Log(state.TextHits[state.GroupCell(slot, group)]);
        }

        foreach (var kind in s_eventKinds)
        {
            features[at++] = Log(state.Events[(slot * ConversationState.KindCount) + (int)kind]);
            features[at++] = Log(SumOverOthers(state.Events, ConversationState.KindCount, (int)kind));
        }

        features[at++] = Log(state.EvidentMessages);
        features[at++] = EvidentParticipants();
        features[at++] = state.EvidentMessages == 0 ? 0 : (float)state.EvidentBy[slot] / state.EvidentMessages;
        features[at++] = state.FirstEvidentBy[slot] == 0 ? 1 : 0;
        features[at++] = state.TimedMessages == 0 ? -1 : Log(Minutes(state.LastTicks - state.FirstTicks));

        var furthest = Stage.None;
        var distinct = 0;
        var ordered = 0;
        var previousFirst = -1;
        foreach (var stage in s_stages)
        {
            var cell = ConversationState.StageCell(slot, stage);
            var first = state.StageFirstEvident[cell];
            features[at++] = first < 0 ? -1 : Log(first);
            var ticks = state.StageFirstTicks[cell];
            features[at++] = first < 0 || ticks == 0 || state.FirstTicks == 0 ? -1 : Log(Minutes(ticks - state.FirstTicks));
            if (first >= 0)
            {
                furthest = stage;
                distinct++;
                ordered += first >= previousFirst ? 1 : 0;
                previousFirst = first;
            }
        }

        features[at++] = (float)furthest;
        features[at++] = distinct;
        features[at++] = distinct == 0 ? 0 : (float)ordered / distinct;
        var sexualisation = state.StageFirstMessage[ConversationState.StageCell(slot, Stage.Sexualisation)];
        features[at++] = sexualisation >= 0 && state.FirstCaptureEvent > sexualisation ? 1 : 0;
        var lastPressure = Math.Max(
            state.StageLastEvident[ConversationState.StageCell(slot, Stage.Threat)],
            state.StageLastEvident[ConversationState.StageCell(slot, Stage.Demand)]);
        features[at++] = lastPressure < 0 ? -1 : Log(state.EvidentMessages - 1 - lastPressure);
        features[at++] = Log(state.DemandsAfterPayment);
        features[at++] = (float)perpetratorScore;
        System.Diagnostics.Debug.Assert(at == Count, "The feature writer and the name list disagree.");

        int EvidentParticipants()
        {
            var count = 0;
            for (var s = 0; s < others; s++)
            {
                count += state.EvidentBy[s] > 0 ? 1 : 0;
            }

            return count;
        }

        // Per-slot arrays are laid out slot-major: the value of slot s is at s * stride + offset.
        int SumOverOthers(ushort[] values, int stride, int offset)
        {
            var sum = 0;
            for (var s = 0; s < others; s++)
            {
                sum += s == slot ? 0 : values[(s * stride) + offset];
            }

            return sum;
        }

        float MaxOverOthers(float[] values, int stride, int offset)
        {
            var max = 0f;
            for (var s = 0; s < others; s++)
            {
                max = s == slot ? max : Math.Max(max, Heard(values[(s * stride) + offset]));
            }

            return max;
        }
    }

    /// <summary>A text-model maximum as the conversation model sees it: 0 below <see cref="ConversationState.TextHeardProbability"/>.</summary>
    private static float Heard(float probability) => probability >= ConversationState.TextHeardProbability ? probability : 0;

    private static float Log(double count) => (float)Math.Log(1 + Math.Max(0, count));

    private static float Log(int count) => (uint)count < (uint)s_smallCountLogs.Length ? s_smallCountLogs[count] : Log((double)count);

    private static double Minutes(long ticks) => ticks / (double)TimeSpan.TicksPerMinute;

    private static string[] BuildNames()
    {
        var names = new List<string>();
        for (var signal = 0; signal < SignalCatalog.Count; signal++)
        {
            names.Add($"suspect.count.{SignalCatalog.NameOf(signal)}");
            names.Add($"others.count.{SignalCatalog.NameOf(signal)}");
        }

        foreach (var group in SignalCatalog.Groups)
        {
            names.Add($"suspect.text_max.{group}");
            names.Add($"others.text_max.{group}");
            names.Add($"suspect.text_hits.{group}");
        }

        foreach (var kind in s_eventKinds)
        {
            names.Add($"suspect.events.{WireNames<MessageKind>.Of(kind)}");
            names.Add($"others.events.{WireNames<MessageKind>.Of(kind)}");
        }

        names.AddRange(["evident_messages", "evident_participants", "suspect.evident_share", "suspect.first_evident", "duration_minutes"]);
        foreach (var stage in s_stages)
        {
            names.Add($"stage.{WireNames<Stage>.Of(stage)}.first_evident");
            names.Add($"stage.{WireNames<Stage>.Of(stage)}.first_minutes");
        }

        names.AddRange(["stage.furthest", "stage.distinct", "stage.in_order", "capture_after_sexualisation",
            "evident_since_threat_or_demand", "demands_after_payment", "suspect.perpetrator_score"]);
        return [.. names];
    }
}
