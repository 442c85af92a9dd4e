using Detector.Training.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace Detector.Tests.Models;

public class TreeEnsembleParityTests
{
    private const int FeatureCount = 12;

    private sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(FeatureCount)]
        public float[] Features { get; set; } = [];
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }

    private static List<Row> MakeRows(int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<Row>(count);
        for (var i = 0; i < count; i++)
        {
            var features = new float[FeatureCount];
            for (var f = 0; f < FeatureCount; f++)
            {
                // A mix of counts, fractions and sparse indicators, like conversation features.
                features[f] = f % 3 == 0 ? random.Next(0, 6) : f % 3 == 1 ? (float)random.NextDouble() : random.NextDouble() < 0.1 ? 1 : 0;
            }

            var signal = (0.8 * features[0]) + (2.0 * features[1]) - (1.5 * features[4]) + (3 * features[2]) + (random.NextDouble() * 2);
            rows.Add(new Row { Features = features, Label = signal > 3.2 });
        }

        return rows;
    }

    [Fact]
    public void Exported_trees_score_exactly_as_MLNET_does()
    {
        var ml = new MLContext(seed: 7);
        var training = ml.Data.LoadFromEnumerable(MakeRows(3000, 1));
        var trainer = ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = 60,
            NumberOfLeaves = 16,
            MinimumExampleCountPerLeaf = 5,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(training);
        var ensemble = FastTreeExport.ToTreeEnsemble(model.Model.SubModel, FeatureCount);

        var test = MakeRows(2000, 2);
        var scores = ml.Data.CreateEnumerable<Prediction>(model.Transform(ml.Data.LoadFromEnumerable(test)), reuseRowObject: false).ToList();

        Assert.Equal(60, ensemble.TreeCount);
        for (var i = 0; i < test.Count; i++)
        {
            Assert.Equal(scores[i].Score, ensemble.Evaluate(test[i].Features), 1e-5);
        }
    }
}
