using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Detector.Conversations;
using Detector.Features;
using Detector.Models;
using Detector.Rules;
using Detector.Safety;
using Detector.Telemetry;

namespace Detector.Scoring;

/// <summary>
/// Scores conversations for sextortion: the rule engine and the trained models, built once and shared. Score whole
/// conversations with <see cref="Score"/> or <see cref="ScoreAsync"/>, or follow one as it happens with a
/// <see cref="ConversationSession"/>. Immutable and thread-safe.
/// </summary>
public sealed class ConversationScorer : IConversationScorer
{
    /// <summary>The threshold of rules-only scoring when no trained model (which records its own) is available and the caller sets none.</summary>
    public const double RulesOnlyThreshold = 0.5;

    private readonly LevelPolicy _levels;
    private readonly SafetyActionCatalog _safety;
    private readonly string? _region;

    /// <summary>Builds a scorer from <paramref name="options"/> (the bundled models and rule packs by default).</summary>
    /// <exception cref="RulePackException">A rule pack is invalid.</exception>
    /// <exception cref="InvalidDataException">A model file is missing, was changed after training, or is of an incompatible version.</exception>
    public ConversationScorer(DetectorOptions? options = null)
        : this(options ?? new DetectorOptions(), method: null)
    {
    }

    internal ConversationScorer(DetectorOptions options, RiskMethod? method, DetectorTelemetry? telemetry = null)
        : this(
            BuildRules(options, telemetry ?? DetectorTelemetry.Shared),
            options.ModelDirectory is { } directory ? ModelDirectory.Load(directory) : ModelDirectory.LoadDefault(),
            options,
            method,
            telemetry)
    {
    }

    internal ConversationScorer(RuleEngine rules, DetectorModel? model, DetectorOptions options, RiskMethod? method, DetectorTelemetry? telemetry = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDegreeOfParallelism, 1, nameof(options));
        Rules = rules;
        RuleSignals = [.. rules.Rules.Select(rule => SignalCatalog.IndexOf(rule.Signal))];
        RuleNearSignals = [.. rules.Rules.Select(rule => rule.Near is { } near ? SignalCatalog.IndexOf(near.Signal) : -1)];
        Model = model;
        Method = method ?? (model?.Conversation is null ? RiskMethod.RulesOnly : RiskMethod.Models);
        if ((Method == RiskMethod.Models && model?.Conversation is null) || (Method == RiskMethod.TextModelOnly && model is null))
        {
            throw new InvalidOperationException($"Risk method {Method} needs trained models.");
        }

        Threshold = options.Threshold ?? Method switch
        {
            RiskMethod.Models => model!.Threshold,
            RiskMethod.TextModelOnly => model!.TextModelOnlyThreshold,
            _ => model?.RulesOnlyThreshold ?? RulesOnlyThreshold,
        };
        if (Threshold is < 0 or > 1 || double.IsNaN(Threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(options), Threshold, "The threshold must be between 0 and 1.");
        }

        TreeOrigin = Method == RiskMethod.Models ? TreesFromEmptyConversation(model!.Conversation!.Trees) : null;
        _levels = LevelPolicy.For(Method == RiskMethod.Models ? model!.Levels : null, Threshold, options);
        _safety = options.SafetyActionsFile is { } catalog ? SafetyActionCatalog.Load(catalog) : SafetyActionCatalog.Default;
        _region = options.Region;
        IncludeExcerpts = options.IncludeExcerpts;
        MaxDegreeOfParallelism = options.MaxDegreeOfParallelism;
        Telemetry = telemetry ?? DetectorTelemetry.Shared;
        Telemetry.ScorerCreated(this);
    }

    /// <summary>The risk at or above which a conversation is flagged.</summary>
    public double Threshold { get; }

    /// <summary>The version of the rule packs in use.</summary>
    public string RulesVersion => Rules.Version;

    /// <summary>The version of the models in use, or <see langword="null"/> when scoring with rules alone.</summary>
    public string? ModelVersion => Method == RiskMethod.RulesOnly ? null : Model?.Version;

    /// <summary>
    /// The SHA-256 of the models' manifest, which pins every model file (recorded in evidence bundles), or
    /// <see langword="null"/> when scoring with rules alone.
    /// </summary>
    public string? ModelManifestSha256 => Method == RiskMethod.RulesOnly ? null : Model?.ManifestSha256;

    internal RuleEngine Rules { get; }

    /// <summary>For each rule (by <see cref="RuleMatch.RuleIndex"/>), the index of its signal, looked up once.</summary>
    internal int[] RuleSignals { get; }

    /// <summary>For each rule, the index of the signal its proximity condition names, or -1 when it has none.</summary>
    internal int[] RuleNearSignals { get; }

    internal DetectorModel? Model { get; }

    internal RiskMethod Method { get; }

    internal bool IncludeExcerpts { get; }

    internal int MaxDegreeOfParallelism { get; }

    internal DetectorTelemetry Telemetry { get; }

    /// <summary>
    /// The conversation model's trees evaluated on the empty conversation, where every conversation starts, when scoring
    /// with the models: batch scoring and each session follow their conversation from there, each in a
    /// <see cref="IncrementalTreeEvaluator.NewSequence"/> of their own.
    /// </summary>
    internal IncrementalTreeEvaluator? TreeOrigin { get; }

    /// <summary>Starts a session for a new conversation.</summary>
    public ConversationSession CreateSession() => new(this, new ConversationState(SignalCatalog.Groups.Length));

    /// <summary>Resumes a session from bytes written by <see cref="ConversationSession.Save"/>.</summary>
    /// <exception cref="InvalidDataException">The bytes are damaged, or were saved with other rules or models.</exception>
    public ConversationSession RestoreSession(ReadOnlySpan<byte> state) =>
        new(this, SessionStateSerializer.Read(state, SignalCatalog.Groups.Length, RulesVersion, ModelVersion));

    /// <inheritdoc/>
    public Assessment Score(Conversation conversation) => ScoreWhole(conversation, parent: default);

    /// <summary>
    /// Scores a stream of conversations, up to <see cref="DetectorOptions.MaxDegreeOfParallelism"/> at once, yielding
    /// them in input order.
    /// </summary>
    public async IAsyncEnumerable<ScoredConversation> ScoreAsync(
        IAsyncEnumerable<Conversation> conversations,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conversations);
        var started = Stopwatch.GetTimestamp();
        var batch = DetectorTelemetry.StartBatch();
        var (scored, flagged) = (0, 0);
        try
        {
            await foreach (var result in ScoreInOrderAsync(conversations, batch?.Context ?? default, cancellationToken).ConfigureAwait(false))
            {
                scored++;
                flagged += result.Assessment.Flagged ? 1 : 0;
                yield return result;
            }
        }
        finally
        {
            Telemetry.BatchScored(batch, scored, flagged, started);
        }
    }

    /// <summary>
    /// Scores <paramref name="conversation"/> whole, its activity a child of <paramref name="parent"/> (default: the
    /// current activity). Every message is recorded and the risk computed after it (the first flag and the highest risk
    /// need every prefix) exactly as <see cref="ConversationSession.Append"/> does, but the assessment is built once, at
    /// the end, the state is reused from the thread's previous conversation, the risk is computed again only after a
    /// message that changed what it reads, and the trees are re-evaluated only where a message changed what they read.
    /// </summary>
    private Assessment ScoreWhole(Conversation conversation, ActivityContext parent)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        using var activity = Telemetry.StartConversation(parent, out var started);
        var scratch = BatchScratch.Rent(TreeOrigin);
        try
        {
            var state = scratch.State;
            var suspect = ConversationFeatures.ChooseSuspect(state);
            var riskRevision = -1;
            foreach (var message in conversation.Messages)
            {
                ArgumentNullException.ThrowIfNull(message);
                var messageStarted = Telemetry.StartMessage();
                MessageRecorder.Record(this, state, message);

                // A message that changed nothing the risk reads leaves it, and so the high-water risk and first flag, as
                // they were after the previous one (the first message always counts: the empty conversation has no risk).
                if (state.Revision != riskRevision)
                {
                    suspect = UpdateRisk(state, scratch.Trees);
                    riskRevision = state.Revision;
                }

                Telemetry.MessageScored(messageStarted);
            }

            var assessment = Describe(state, suspect.Slot, suspect.Score);
            Telemetry.ConversationScored(conversation, assessment, activity, started);
            return assessment;
        }
        finally
        {
            scratch.Return();
        }
    }

    private async IAsyncEnumerable<ScoredConversation> ScoreInOrderAsync(
        IAsyncEnumerable<Conversation> conversations,
        ActivityContext batch,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (MaxDegreeOfParallelism == 1)
        {
            await foreach (var conversation in conversations.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                yield return new ScoredConversation(conversation, ScoreWhole(conversation, batch));
            }

            yield break;
        }

        // Each conversation is scored on the thread pool; the bounded channel keeps the results in input order and
        // at most MaxDegreeOfParallelism of them in flight.
        var pending = Channel.CreateBounded<Task<ScoredConversation>>(MaxDegreeOfParallelism);
        var producer = Task.Run(async () =>
        {
            try
            {
                await foreach (var conversation in conversations.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    var scoring = Task.Run(() => new ScoredConversation(conversation, ScoreWhole(conversation, batch)), cancellationToken);
                    await pending.Writer.WriteAsync(scoring, cancellationToken).ConfigureAwait(false);
                }

                pending.Writer.Complete();
            }
            catch (Exception ex)
            {
                pending.Writer.Complete(ex);
            }
        }, cancellationToken);

        await foreach (var scoring in pending.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return await scoring.ConfigureAwait(false);
        }

        await producer.ConfigureAwait(false);
    }

    /// <summary>
    /// The assessment of <paramref name="state"/>, updating its high-water risk and first flag; the trees are evaluated
    /// by <paramref name="trees"/> when given (a sequence of <see cref="TreeOrigin"/> that has followed this state).
    /// </summary>
    internal Assessment Assess(ConversationState state, IncrementalTreeEvaluator? trees)
    {
        var (suspect, perpetratorScore) = UpdateRisk(state, trees);
        return Describe(state, suspect, perpetratorScore);
    }

    /// <summary>
    /// Computes the risk of <paramref name="state"/> after its latest message and raises its high-water risk and first
    /// flag accordingly; the trees are evaluated by <paramref name="trees"/> when given.
    /// </summary>
    /// <returns>The suspect's slot and perpetrator score.</returns>
    private (int Slot, double Score) UpdateRisk(ConversationState state, IncrementalTreeEvaluator? trees)
    {
        var suspect = ConversationFeatures.ChooseSuspect(state);
        var risk = state.MessageCount == 0 ? 0 : RiskOf(state, suspect, Method, trees);
        state.RiskHighWater = Math.Max(state.RiskHighWater, risk);
        if (state.RiskHighWater >= Threshold && state.FirstFlaggedAt < 0)
        {
            state.FirstFlaggedAt = state.MessageCount - 1;
        }

        return suspect;
    }

    /// <summary>The assessment of <paramref name="state"/> as it stands, seen from <paramref name="suspect"/>.</summary>
    private Assessment Describe(ConversationState state, int suspect, double perpetratorScore)
    {
        // The level reads the furthest stage; the stage reported is capped while the risk is below the low cut-off,
        // where the level does not depend on the stage.
        var furthest = StageTracker.Furthest(state, suspect);
        var level = _levels.LevelOf(state.RiskHighWater, furthest, SelfHarmSeen(state));
        var stage = StageTracker.Reported(state, suspect, furthest, _levels.ReachesLow(state.RiskHighWater));
        var suspected = perpetratorScore > 0;
        var signals = SignalView.Of(state, suspected ? suspect : SignalView.NoSuspect);
        return new Assessment
        {
            Risk = state.RiskHighWater,
            Flagged = state.RiskHighWater >= Threshold,
            Level = level,
            Stage = stage,
            Suspect = level >= RiskLevel.Medium && suspected ? state.Participants[suspect] : null,
            FirstFlaggedAt = state.FirstFlaggedAt < 0 ? null : state.FirstFlaggedAt,
            Signals = signals,
            Actions = ActionsFor(state, level, signals),
            ModelVersion = ModelVersion,
            RulesVersion = RulesVersion,
        };
    }

    /// <summary>
    /// The recommended actions, which depend only on the level and the signals shown: reused from the state while
    /// neither has changed, so an ordinary append does not rebuild them.
    /// </summary>
    private IReadOnlyList<SafetyAction> ActionsFor(ConversationState state, RiskLevel level, IReadOnlyList<Signal> signals)
    {
        if (state.Actions is { } cached && cached.Level == level && ReferenceEquals(cached.Signals, signals))
        {
            return cached.Actions;
        }

        var actions = _safety.Recommend(new Assessment { Risk = 0, Flagged = false, Level = level, Stage = Stage.None, Signals = signals }, _region);
        state.Actions = (level, signals, actions);
        return actions;
    }

    /// <summary>
    /// The risk of <paramref name="state"/> seen from <paramref name="suspect"/>, by <paramref name="method"/>; the
    /// conversation model's trees are evaluated by <paramref name="trees"/> when given (the same result, sooner).
    /// </summary>
    internal double RiskOf(ConversationState state, (int Slot, double Score) suspect, RiskMethod method, IncrementalTreeEvaluator? trees = null)
    {
        switch (method)
        {
            case RiskMethod.Models:
                Span<float> features = stackalloc float[ConversationFeatures.Count];
                ConversationFeatures.Write(state, suspect, features);
                return trees is null ? Model!.Conversation!.Risk(features) : Model!.Conversation!.Risk(features, trees);
            case RiskMethod.TextModelOnly:
                return NoisyOr(state.TextMax.AsSpan(state.GroupCell(suspect.Slot, 0), SignalCatalog.VictimGroup));
            default:
                var survival = 1.0;
                for (var signal = 0; signal < SignalCatalog.Count; signal++)
                {
                    survival *= SignalCatalog.IsVictimSide(signal) ? 1 : 1 - state.SignalMaxWeight[ConversationState.Cell(suspect.Slot, signal)];
                }

                return 1 - survival;
        }
    }

    private static double NoisyOr(ReadOnlySpan<float> probabilities)
    {
        var survival = 1.0;
        foreach (var p in probabilities)
        {
            survival *= 1 - p;
        }

        return 1 - survival;
    }

    private static bool SelfHarmSeen(ConversationState state)
    {
        for (var slot = 0; slot < state.Participants.Count; slot++)
        {
            if (state.SignalCounts[ConversationState.Cell(slot, SignalCatalog.SelfHarmRisk)] > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static IncrementalTreeEvaluator TreesFromEmptyConversation(TreeEnsemble trees)
    {
        Span<float> empty = stackalloc float[ConversationFeatures.Count];
        var state = new ConversationState(SignalCatalog.Groups.Length);
        ConversationFeatures.Write(state, ConversationFeatures.ChooseSuspect(state), empty);
        return new IncrementalTreeEvaluator(trees, empty);
    }

    private static RuleEngine BuildRules(DetectorOptions options, DetectorTelemetry telemetry)
    {
        if (options.RulePacks.Count == 0)
        {
            return RuleEngine.Default;
        }

        var packs = RulePack.LoadEmbedded().Concat(options.RulePacks.Select(path =>
        {
            var pack = RulePack.Load(path, options.RulePacksOverride);
            telemetry.RulePackLoaded(pack);
            return pack;
        }));
        return RuleEngine.Create(packs);
    }
}
