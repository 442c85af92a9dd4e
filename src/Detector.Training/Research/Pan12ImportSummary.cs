namespace Detector.Training.Research;

/// <summary>What a PAN 2012 import has converted so far (or in all, once it is done).</summary>
/// <param name="Conversations">Conversations written.</param>
/// <param name="Messages">Messages written, over all conversations.</param>
/// <param name="WithPredator">Conversations written with at least one author from the predator list (labelled <c>sextortion</c>).</param>
/// <param name="Skipped">Conversations or messages left out because they could not be converted, each reported.</param>
internal readonly record struct Pan12ImportSummary(long Conversations, long Messages, long WithPredator, long Skipped)
{
    /// <summary>Conversations written with no author from the predator list (labelled <c>benign</c>).</summary>
    public long WithoutPredator => Conversations - WithPredator;
}
