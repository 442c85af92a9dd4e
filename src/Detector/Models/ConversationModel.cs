namespace Detector.Models;

/// <summary>The conversation-level model: a tree ensemble over the conversation features, then Platt calibration.</summary>
/// <param name="Trees">The gradient-boosted trees trained by FastTree.</param>
/// <param name="Calibrator">The calibration fitted on the validation split.</param>
internal sealed record ConversationModel(TreeEnsemble Trees, PlattCalibrator Calibrator)
{
    /// <summary>The calibrated probability that the conversation is sextortion.</summary>
    public double Risk(ReadOnlySpan<float> features) => Calibrator.Probability(Trees.Evaluate(features));

    /// <summary>The same probability, with the trees evaluated by <paramref name="trees"/> (which must evaluate <see cref="Trees"/>).</summary>
    public double Risk(ReadOnlySpan<float> features, IncrementalTreeEvaluator trees)
    {
        System.Diagnostics.Debug.Assert(ReferenceEquals(trees.Ensemble, Trees), "The evaluator evaluates another ensemble.");
        return Calibrator.Probability(trees.Evaluate(features));
    }
}
