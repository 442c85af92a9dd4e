using Detector.Features;
using Detector.Models;

namespace Detector.Scoring;

/// <summary>
/// The working memory of scoring one conversation whole: a state and an incremental evaluator of the conversation
/// model's trees. One is kept per thread and reused from one conversation to the next, so batch scoring allocates
/// little beyond the assessment it returns.
/// </summary>
internal sealed class BatchScratch
{
    [ThreadStatic]
    private static BatchScratch? t_free;

    private BatchScratch(IncrementalTreeEvaluator? trees)
    {
        State = new ConversationState(SignalCatalog.Groups.Length);
        Trees = trees?.NewSequence();
    }

    /// <summary>The conversation's state, empty when rented.</summary>
    public ConversationState State { get; }

    /// <summary>Evaluates the conversation model's trees prefix after prefix; <see langword="null"/> when scoring without them.</summary>
    public IncrementalTreeEvaluator? Trees { get; }

    /// <summary>
    /// This thread's scratch for the trees of <paramref name="trees"/> (a scorer's <see cref="ConversationScorer.TreeOrigin"/>),
    /// emptied; a new one when it is already in use (a nested call) or was made for other trees. Hand it back with
    /// <see cref="Return"/>.
    /// </summary>
    public static BatchScratch Rent(IncrementalTreeEvaluator? trees)
    {
        var scratch = t_free;
        t_free = null;
        if (scratch is null || !ReferenceEquals(scratch.Trees?.Ensemble, trees?.Ensemble))
        {
            return new BatchScratch(trees);
        }

        scratch.State.Reset();
        scratch.Trees?.Reset();
        return scratch;
    }

    /// <summary>Keeps this scratch for the thread's next conversation.</summary>
    public void Return() => t_free = this;
}
