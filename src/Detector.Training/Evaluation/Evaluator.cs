using Detector.Conversations;
using Detector.Rules;
using Detector.Scoring;

namespace Detector.Training.Evaluation;

/// <summary>
/// Runs <c>detector eval</c>: streams labelled conversations once, scores each with the main scorer and the
/// baselines, keeps a few numbers per conversation (<see cref="EvaluationCase"/>, <see cref="CaseOutcome"/>) and
/// computes the report from them. Unlabelled conversations are counted and skipped.
/// </summary>
internal sealed class Evaluator
{
    private readonly ConversationScorer _main;
    private readonly IReadOnlyList<EvaluatedScorer> _scorers;
    private readonly LanguageGuesser _languages;

    /// <summary>An evaluator of <paramref name="main"/> against the baselines built from it.</summary>
    public Evaluator(ConversationScorer main, LanguageGuesser? languages = null)
    {
        ArgumentNullException.ThrowIfNull(main);
        _main = main;
        _scorers = EvaluatedScorer.For(main);
        _languages = languages ?? LanguageGuesser.Default;
    }

    /// <summary>Evaluates <paramref name="conversations"/>, calling <paramref name="progress"/> with the count scored after each.</summary>
    public async Task<EvaluationReport> EvaluateAsync(
        IAsyncEnumerable<Conversation> conversations,
        string input,
        Action<long>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        var cases = new List<EvaluationCase>();
        var outcomes = _scorers.Select(_ => new List<CaseOutcome>()).ToArray();
        long unlabelled = 0;
        await foreach (var conversation in conversations.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (conversation.Label is null)
            {
                unlabelled++;
                continue;
            }

            var @case = EvaluationCase.Of(conversation, _languages.Guess(conversation.Messages.Select(m => m.Text)));
            var (main, firstRuleThreat) = ScoreFollowingRules(conversation);
            cases.Add(@case.Annotated ? @case : @case with { FirstThreatOrDemand = firstRuleThreat });
            for (var s = 0; s < _scorers.Count; s++)
            {
                if (_scorers[s].Scorer is { } scorer)
                {
                    outcomes[s].Add(OutcomeOf(ReferenceEquals(scorer, _main) ? main : scorer.Score(conversation)));
                }
            }

            progress?.Invoke(cases.Count);
        }

        return new EvaluationReport
        {
            Input = input,
            RulesVersion = _main.RulesVersion,
            ModelVersion = _main.ModelVersion,
            Conversations = cases.Count,
            Positives = cases.Count(c => c.Positive),
            Unlabelled = unlabelled,
            Annotated = cases.Count(c => c.Annotated),
            AnnotatedPositives = cases.Count(c => c.Annotated && c.Positive),
            Scorers = [.. _scorers.Select((s, i) => s.Scorer is { } scorer
                ? new ScorerEvaluation(s.Name, s.Description, ScorerMetrics.Compute(scorer.Threshold, cases, outcomes[i]))
                : new ScorerEvaluation(s.Name, s.Description, null, s.NotAvailable))],
        };
    }

    /// <summary>Scores with the main scorer message by message, noting the first message on which the rules fired a threat or demand.</summary>
    private (Assessment Assessment, int FirstRuleThreat) ScoreFollowingRules(Conversation conversation)
    {
        var session = _main.CreateSession();
        var firstThreat = -1;
        for (var i = 0; i < conversation.Messages.Count; i++)
        {
            var assessment = session.Append(conversation.Messages[i]);
            if (firstThreat < 0 && assessment.Signals.Any(s => s.Message == i && s.Source == SignalSource.Rules
                && s.Name is SignalNames.ThreatToShare or SignalNames.PaymentDemand))
            {
                firstThreat = i;
            }
        }

        return (session.Current, firstThreat);
    }

    private static CaseOutcome OutcomeOf(Assessment assessment) =>
        new(assessment.Risk, assessment.Flagged, assessment.FirstFlaggedAt ?? -1);
}
