namespace Detector.Training.Corpus;

/// <summary>Which generated splits may use a phrasing: train and validation draw from <see cref="Train"/>, test from <see cref="Test"/>.</summary>
internal enum PhrasingPool
{
    Train,
    Test,
}
