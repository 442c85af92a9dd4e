using System.Text.Json;
using Detector.Models;
using Detector.Models.Files;
using Detector.Scoring;
using Detector.Training.Training;

namespace Detector.Tests.Training;

public class ModelTrainerTests(SmallTrainedModel model) : IClassFixture<SmallTrainedModel>
{
    [Fact]
    public void Training_is_deterministic_for_a_seed()
    {
        var again = model.Train("again");

        foreach (var file in new[] { ModelDirectory.ManifestFile, ModelDirectory.TextModelFile, ModelDirectory.ConversationModelFile })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(model.ModelDirectory, file)), File.ReadAllBytes(Path.Combine(again, file)));
        }
    }

    [Fact]
    public void The_manifest_records_version_fingerprint_threshold_hashes_and_metrics()
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(model.ModelDirectory, ModelDirectory.ManifestFile)));
        var root = manifest.RootElement;

        Assert.Equal(ModelManifest.CurrentFormat, root.GetProperty("format").GetInt32());
        Assert.Matches("^[0-9.]+\\+[0-9a-f]{8}$", root.GetProperty("version").GetString());
        Assert.Equal(64, root.GetProperty("trainingData").GetProperty("fingerprint").GetString()!.Length);
        Assert.InRange(root.GetProperty("threshold").GetDouble(), 0, 1);
        Assert.Equal(2, root.GetProperty("files").EnumerateObject().Count());
        Assert.Equal("validation", root.GetProperty("metrics").GetProperty("split").GetString());
    }

    [Fact]
    public void Models_trained_differently_or_with_different_files_never_share_a_version()
    {
        var fingerprint = ModelTrainer.Fingerprint(new Dictionary<string, string> { ["train.jsonl"] = "t" });
        Dictionary<string, byte[]> files = new() { [ModelDirectory.TextModelFile] = [1, 2, 3], [ModelDirectory.ConversationModelFile] = [4, 5] };
        Dictionary<string, byte[]> otherFiles = new() { [ModelDirectory.TextModelFile] = [1, 2, 3], [ModelDirectory.ConversationModelFile] = [4, 6] };
        var identity = ModelTrainer.ModelIdentity(fingerprint, SmallTrainedModel.Options, files);

        Assert.Equal(identity, ModelTrainer.ModelIdentity(fingerprint, SmallTrainedModel.Options, new Dictionary<string, byte[]>(files.Reverse())));
        Assert.NotEqual(identity, ModelTrainer.ModelIdentity(fingerprint, SmallTrainedModel.Options, otherFiles));
        var otherSeed = SmallTrainedModel.Options;
        otherSeed.Seed++;
        Assert.NotEqual(identity, ModelTrainer.ModelIdentity(fingerprint, otherSeed, files));
    }

    [Fact]
    public void A_trained_model_loads_and_scores_with_its_threshold()
    {
        var scorer = new ConversationScorer(new DetectorOptions { ModelDirectory = model.ModelDirectory });
        var assessment = scorer.Score(model.Validation.First(c => c.Messages.Count > 3));

        Assert.NotNull(scorer.ModelVersion);
        Assert.Equal(scorer.ModelVersion, assessment.ModelVersion);
        Assert.InRange(assessment.Risk, 0, 1);
        Assert.NotNull(scorer.ModelManifestSha256);
    }

    [Theory]
    [InlineData("text-model.bin")]
    [InlineData("conversation-model.json")]
    public void A_tampered_model_file_is_refused(string file)
    {
        var copy = CopyModel($"tampered-{file}");
        var path = Path.Combine(copy, file);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x20;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<InvalidDataException>(() => new ConversationScorer(new DetectorOptions { ModelDirectory = copy }));

        Assert.Contains(file, error.Message, StringComparison.Ordinal);
        Assert.Contains("does not match the SHA-256", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_of_another_format_is_refused()
    {
        var copy = CopyModel("other-format");
        var manifest = Path.Combine(copy, ModelDirectory.ManifestFile);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace("\"format\": 1", "\"format\": 99", StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => new ConversationScorer(new DetectorOptions { ModelDirectory = copy }));

        Assert.Contains("model format 99", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_trained_for_other_features_is_refused()
    {
        var copy = CopyModel("other-features");
        var manifest = Path.Combine(copy, ModelDirectory.ManifestFile);
        File.WriteAllText(manifest, File.ReadAllText(manifest).Replace(ModelDirectory.FeatureSchema, new string('0', 64), StringComparison.Ordinal));

        var error = Assert.Throws<InvalidDataException>(() => new ConversationScorer(new DetectorOptions { ModelDirectory = copy }));

        Assert.Contains("different feature set", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_model_file_is_refused()
    {
        var copy = CopyModel("missing");
        File.Delete(Path.Combine(copy, ModelDirectory.TextModelFile));

        var error = Assert.Throws<InvalidDataException>(() => new ConversationScorer(new DetectorOptions { ModelDirectory = copy }));

        Assert.Contains("text-model.bin is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundled_models_load_and_match_their_manifest()
    {
        var bundled = ModelDirectory.LoadDefault();

        Assert.NotNull(bundled);
        Assert.NotNull(bundled.Conversation);
        Assert.Equal(bundled.Version, new ConversationScorer().ModelVersion);
    }

    private string CopyModel(string name)
    {
        var copy = Path.Combine(model.Root, name);
        Directory.CreateDirectory(copy);
        foreach (var file in Directory.GetFiles(model.ModelDirectory))
        {
            File.Copy(file, Path.Combine(copy, Path.GetFileName(file)));
        }

        return copy;
    }
}
