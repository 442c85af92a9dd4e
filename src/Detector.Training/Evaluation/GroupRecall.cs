using Detector.Rules;
using Detector.Scoring;

namespace Detector.Training.Evaluation;

/// <summary>
/// The recall within one group of sextortion conversations: those showing one tactic, in one language, or whose
/// annotations reach one stage at the furthest.
/// </summary>
/// <param name="Name">The tactic (signal name), language code or stage (wire name).</param>
/// <param name="Positives">Sextortion conversations in the group.</param>
/// <param name="Detected">Of those, how many were flagged.</param>
internal sealed record GroupRecall(string Name, long Positives, long Detected)
{
    /// <summary>The share of the group flagged.</summary>
    public double? Recall => Positives == 0 ? null : (double)Detected / Positives;

    /// <summary>
    /// Recall per tactic over the annotated positives, in taxonomy order, for each tactic at least one of them shows;
    /// <see langword="null"/> when no positive is annotated (per-tactic recall is then not available).
    /// </summary>
    public static IReadOnlyList<GroupRecall>? ByTactic(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<CaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outcomes);
        var positives = new long[SignalNames.All.Count];
        var detected = new long[SignalNames.All.Count];
        var annotated = false;
        for (var i = 0; i < cases.Count; i++)
        {
            if (!cases[i].Positive || !cases[i].Annotated)
            {
                continue;
            }

            annotated = true;
            for (var signal = 0; signal < positives.Length; signal++)
            {
                if (cases[i].HasTactic(signal))
                {
                    positives[signal]++;
                    detected[signal] += outcomes[i].Flagged ? 1 : 0;
                }
            }
        }

        return annotated
            ? [.. Enumerable.Range(0, positives.Length).Where(s => positives[s] > 0).Select(s => new GroupRecall(SignalNames.All[s], positives[s], detected[s]))]
            : null;
    }

    /// <summary>
    /// Recall per furthest annotated stage over the annotated positives, in stage order, for each stage at least one of
    /// them reaches (<c>none</c>: only victim-side or stageless signals); <see langword="null"/> when no positive is
    /// annotated. A conversation that stops before sexual talk carries little a model can tell from a benign chat with a
    /// stranger, so this shows how much of the recall the data's early stops cost.
    /// </summary>
    public static IReadOnlyList<GroupRecall>? ByFurthestStage(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<CaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outcomes);
        var stages = WireNames<Stage>.All;
        var positives = new long[stages.Count];
        var detected = new long[stages.Count];
        var annotated = false;
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i].Positive && cases[i].Annotated)
            {
                annotated = true;
                var stage = (int)cases[i].FurthestStage;
                positives[stage]++;
                detected[stage] += outcomes[i].Flagged ? 1 : 0;
            }
        }

        return annotated
            ? [.. Enumerable.Range(0, stages.Count).Where(s => positives[s] > 0).Select(s => new GroupRecall(stages[s], positives[s], detected[s]))]
            : null;
    }

    /// <summary>The recall over the groups of <see cref="ByFurthestStage"/> from <paramref name="stage"/> on: those that got at least that far.</summary>
    public static GroupRecall AtLeast(IReadOnlyList<GroupRecall> byFurthestStage, Stage stage)
    {
        ArgumentNullException.ThrowIfNull(byFurthestStage);
        var reached = byFurthestStage.Where(g => WireNames<Stage>.TryParse(g.Name, out var s) && s >= stage).ToList();
        return new GroupRecall($"{WireNames<Stage>.Of(stage)} or later", reached.Sum(g => g.Positives), reached.Sum(g => g.Detected));
    }

    /// <summary>Recall per language over the positives, most positives first.</summary>
    public static IReadOnlyList<GroupRecall> ByLanguage(IReadOnlyList<EvaluationCase> cases, IReadOnlyList<CaseOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(outcomes);
        var groups = new Dictionary<string, (long Positives, long Detected)>(StringComparer.Ordinal);
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i].Positive)
            {
                var (p, d) = groups.GetValueOrDefault(cases[i].Language);
                groups[cases[i].Language] = (p + 1, d + (outcomes[i].Flagged ? 1 : 0));
            }
        }

        return [.. groups.OrderByDescending(g => g.Value.Positives).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new GroupRecall(g.Key, g.Value.Positives, g.Value.Detected))];
    }
}
