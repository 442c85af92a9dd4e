using Detector.Training.Models;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Detector.Tests.Models;

public class LinearHeadsParityTests
{
    private const int FeatureCount = 4096;

    private sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(FeatureCount)]
        public VBuffer<float> Features { get; set; }
    }

    private sealed class Prediction
    {
        public float Score { get; set; }
    }

    private static (List<Row> Rows, List<(int[] Indices, float[] Values)> Vectors) MakeRows(int count, int seed, Func<int[], bool> label)
    {
        var random = new Random(seed);
        var rows = new List<Row>();
        var vectors = new List<(int[], float[])>();
        for (var i = 0; i < count; i++)
        {
            var indices = Enumerable.Range(0, random.Next(1, 40)).Select(_ => random.Next(FeatureCount)).Distinct().Order().ToArray();
            var values = indices.Select(_ => (float)(random.NextDouble() + 0.1)).ToArray();
            rows.Add(new Row { Features = new VBuffer<float>(FeatureCount, indices.Length, values, indices), Label = label(indices) });
            vectors.Add((indices, values));
        }

        return (rows, vectors);
    }

    [Fact]
    public void Exported_heads_score_exactly_as_MLNET_does()
    {
        var ml = new MLContext(seed: 11);
        Func<int[], bool>[] labels = [ix => ix.Any(i => i % 7 == 0), ix => ix.Count(i => i < 1000) >= 3];
        var models = new List<LinearBinaryModelParameters>();
        var transformers = new List<ITransformer>();
        foreach (var label in labels)
        {
            var data = ml.Data.LoadFromEnumerable(MakeRows(2000, 5, label).Rows);
            var trained = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options { NumberOfThreads = 1 }).Fit(data);
            models.Add(trained.Model.SubModel);
            transformers.Add(trained);
        }

        var heads = LinearExport.ToLinearHeads(models, FeatureCount);
        var (testRows, vectors) = MakeRows(500, 9, labels[0]);
        var scores = new double[2];
        var expected = transformers
            .Select(t => ml.Data.CreateEnumerable<Prediction>(t.Transform(ml.Data.LoadFromEnumerable(testRows)), reuseRowObject: false).ToList())
            .ToList();

        for (var i = 0; i < vectors.Count; i++)
        {
            heads.Score(vectors[i].Indices, vectors[i].Values, scores);
            Assert.Equal(expected[0][i].Score, scores[0], 1e-5);
            Assert.Equal(expected[1][i].Score, scores[1], 1e-5);
        }
    }
}
