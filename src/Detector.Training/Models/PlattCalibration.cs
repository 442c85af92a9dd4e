using Detector.Models;

namespace Detector.Training.Models;

/// <summary>Fits a <see cref="PlattCalibrator"/> to held-out scores and labels (Platt 1999, with Lin et al.'s robust Newton steps).</summary>
internal static class PlattCalibration
{
    /// <summary>Fits the calibrator that maximises the likelihood of <paramref name="labels"/> given <paramref name="scores"/>.</summary>
    /// <remarks>Uses Platt's smoothed targets, so a perfectly separable set still gets finite parameters.</remarks>
    public static PlattCalibrator Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(labels);
        if (scores.Count != labels.Count || scores.Count == 0)
        {
            throw new ArgumentException("Scores and labels must be non-empty and of equal length.", nameof(labels));
        }

        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var highTarget = (positives + 1.0) / (positives + 2.0);
        var lowTarget = 1.0 / (negatives + 2.0);

        // Minimise the cross-entropy of sigmoid(a·s + b) against the smoothed targets by Newton's method with backtracking.
        double a = 0, b = Math.Log((positives + 1.0) / (negatives + 1.0));
        var loss = Loss(a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double ga = 0, gb = 0, haa = 1e-12, hab = 0, hbb = 1e-12;
            for (var i = 0; i < scores.Count; i++)
            {
                var p = Sigmoid((a * scores[i]) + b);
                var d = p - (labels[i] ? highTarget : lowTarget);
                var w = Math.Max(p * (1 - p), 1e-12);
                ga += d * scores[i];
                gb += d;
                haa += w * scores[i] * scores[i];
                hab += w * scores[i];
                hbb += w;
            }

            if (Math.Abs(ga) < 1e-9 && Math.Abs(gb) < 1e-9)
            {
                break;
            }

            var det = (haa * hbb) - (hab * hab);
            var da = -((hbb * ga) - (hab * gb)) / det;
            var db = -((haa * gb) - (hab * ga)) / det;
            var step = 1.0;
            while (step > 1e-10)
            {
                var next = Loss(a + (step * da), b + (step * db));
                if (next < loss + (1e-4 * step * ((ga * da) + (gb * db))))
                {
                    a += step * da;
                    b += step * db;
                    loss = next;
                    break;
                }

                step /= 2;
            }

            if (step <= 1e-10)
            {
                break;
            }
        }

        return new PlattCalibrator(a, b);

        double Loss(double slope, double offset)
        {
            var sum = 0.0;
            for (var i = 0; i < scores.Count; i++)
            {
                var z = (slope * scores[i]) + offset;
                var t = labels[i] ? highTarget : lowTarget;

                // log(1 + e^z) - t·z, computed without overflow.
                sum += (z > 0 ? z + double.LogP1(Math.Exp(-z)) : double.LogP1(Math.Exp(z))) - (t * z);
            }

            return sum;
        }
    }

    private static double Sigmoid(double z) => 1.0 / (1.0 + Math.Exp(-z));
}
