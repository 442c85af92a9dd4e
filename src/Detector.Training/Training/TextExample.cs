namespace Detector.Training.Training;

/// <summary>One message for the text model: its hashed features and which signal groups its annotations name.</summary>
/// <param name="Indices">Sorted feature indices.</param>
/// <param name="Values">The features' values.</param>
/// <param name="Groups">A bit per text-model group the message's annotated signals belong to.</param>
/// <param name="Fold">The message's cross-fitting fold (<c>TextModel.FoldOf</c>).</param>
internal sealed record TextExample(int[] Indices, float[] Values, int Groups, int Fold);
