using Detector.Training.Models;

namespace Detector.Tests.Models;

public class PlattCalibrationTests
{
    [Fact]
    public void Recovers_the_logistic_that_generated_the_labels()
    {
        var random = new Random(3);
        var scores = new List<double>();
        var labels = new List<bool>();
        for (var i = 0; i < 20_000; i++)
        {
            var score = (random.NextDouble() * 8) - 4;
            scores.Add(score);
            labels.Add(random.NextDouble() < 1 / (1 + Math.Exp(-((1.5 * score) - 0.5))));
        }

        var calibrator = PlattCalibration.Fit(scores, labels);

        Assert.InRange(calibrator.Slope, 1.35, 1.65);
        Assert.InRange(calibrator.Offset, -0.65, -0.35);
    }

    [Fact]
    public void Separable_data_gets_finite_parameters()
    {
        var calibrator = PlattCalibration.Fit([-2, -1, 1, 2], [false, false, true, true]);

        Assert.True(double.IsFinite(calibrator.Slope) && calibrator.Slope > 0);
        Assert.InRange(calibrator.Probability(2), 0.5, 1.0);
        Assert.InRange(calibrator.Probability(-2), 0.0, 0.5);
    }
}
