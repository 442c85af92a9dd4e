namespace Detector.Training.Evaluation;

/// <summary>A point of a chart's curve.</summary>
internal readonly record struct CurvePoint(double X, double Y)
{
    /// <summary>At most <paramref name="max"/> of <paramref name="points"/>, evenly spaced and keeping the first and last, for reports and charts.</summary>
    public static IReadOnlyList<CurvePoint> Thin(IReadOnlyList<CurvePoint> points, int max)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (points.Count <= max)
        {
            return points;
        }

        var thinned = new CurvePoint[max];
        for (var i = 0; i < max; i++)
        {
            thinned[i] = points[(int)Math.Round((double)i * (points.Count - 1) / (max - 1))];
        }

        return thinned;
    }
}
