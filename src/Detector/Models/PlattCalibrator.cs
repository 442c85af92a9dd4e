namespace Detector.Models;

/// <summary>
/// Platt scaling: maps a raw model score to a probability, <c>p = 1 / (1 + exp(-(Slope · score + Offset)))</c>,
/// with <see cref="Slope"/> and <see cref="Offset"/> fitted on held-out data so that the probability means what it says.
/// </summary>
/// <param name="Slope">The fitted slope; positive when higher scores mean more risk.</param>
/// <param name="Offset">The fitted offset.</param>
internal readonly record struct PlattCalibrator(double Slope, double Offset)
{
    /// <summary>The calibrated probability for a raw <paramref name="score"/>.</summary>
    public double Probability(double score) => 1.0 / (1.0 + Math.Exp(-((Slope * score) + Offset)));
}
