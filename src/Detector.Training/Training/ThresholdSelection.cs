namespace Detector.Training.Training;

/// <summary>Chooses operating points on held-out conversations from their final (high-water) risks.</summary>
internal static class ThresholdSelection
{
    /// <summary>
    /// The lowest threshold at which at most <paramref name="falsePositiveRate"/> of the benign conversations reach the
    /// threshold: just above the benign risk that would push the share over it.
    /// </summary>
    public static double AtFalsePositiveRate(IReadOnlyList<double> risks, IReadOnlyList<bool> labels, double falsePositiveRate)
    {
        var benign = risks.Where((_, i) => !labels[i]).OrderDescending().ToArray();
        if (benign.Length == 0)
        {
            throw new InvalidDataException("The validation data has no benign conversations to choose a threshold on.");
        }

        var allowed = (int)Math.Floor(falsePositiveRate * benign.Length);
        return allowed >= benign.Length ? 0 : Math.Min(1, NextUp(benign[allowed]));
    }

    /// <summary>The share of conversations with the given label whose risk reaches <paramref name="threshold"/>.</summary>
    public static double RateAt(IReadOnlyList<double> risks, IReadOnlyList<bool> labels, bool label, double threshold)
    {
        var total = 0;
        var reached = 0;
        for (var i = 0; i < risks.Count; i++)
        {
            if (labels[i] == label)
            {
                total++;
                reached += risks[i] >= threshold ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (double)reached / total;
    }

    private static double NextUp(double value) => Math.BitIncrement(value);
}
