using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Detector.Features;
using Detector.Models.Files;
using Detector.Scoring;

namespace Detector.Models;

/// <summary>
/// Reads and writes a model directory (<c>manifest.json</c>, <c>text-model.bin</c>, <c>conversation-model.json</c>).
/// Reading verifies every file against the manifest's SHA-256 and refuses models of another format, feature set or
/// text featuriser with a message that says which and why.
/// </summary>
internal static class ModelDirectory
{
    public const string ManifestFile = "manifest.json";
    public const string TextModelFile = "text-model.bin";
    public const string ConversationModelFile = "conversation-model.json";

    private const string EmbeddedPrefix = "Detector.Models.Default.";

    /// <summary>
    /// The hash of what this version computes for the conversation model: the feature names, the text groups and the
    /// text-model probabilities the features read from, and how a suspect tie is broken, so a model trained on other
    /// features is refused at load.
    /// </summary>
    public static string FeatureSchema { get; } = Convert.ToHexStringLower(SHA256.HashData(
        System.Text.Encoding.UTF8.GetBytes(string.Join("\n", ConversationFeatures.Names) + "\n--\n" + string.Join("\n", SignalCatalog.Groups)
            + string.Create(CultureInfo.InvariantCulture,
                $"\n--\ntext-hit={ConversationState.TextHitProbability:R};text-heard={ConversationState.TextHeardProbability:R};times=evident;suspect-tie=heard"))));

    /// <summary>Loads the models in <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">A file is missing, changed since training, or of an incompatible version.</exception>
    public static DetectorModel Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new InvalidDataException($"Model directory '{directory}' does not exist.");
        }

        return Load(directory, name =>
        {
            var path = Path.Combine(directory, name);
            return File.Exists(path) ? File.ReadAllBytes(path) : null;
        });
    }

    /// <summary>Loads the default models embedded in the library, or returns <see langword="null"/> when none were bundled.</summary>
    public static DetectorModel? LoadDefault()
    {
        var assembly = typeof(ModelDirectory).Assembly;
        if (assembly.GetManifestResourceInfo(EmbeddedPrefix + ManifestFile) is null)
        {
            return null;
        }

        return Load("(bundled models)", name => ReadResource(assembly, EmbeddedPrefix + name));
    }

    /// <summary>The contents of the two model files, by file name, as <see cref="Save"/> writes them.</summary>
    public static IReadOnlyDictionary<string, byte[]> Serialize(LinearHeads text, ConversationModelFile conversation)
    {
        using var stream = new MemoryStream();
        Files.TextModelFile.Write(stream, text);
        return new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            [TextModelFile] = stream.ToArray(),
            [ConversationModelFile] = JsonSerializer.SerializeToUtf8Bytes(conversation, ModelFilesJsonContext.Writing.ConversationModelFile),
        };
    }

    /// <summary>Writes <paramref name="manifest"/> and the model files from <see cref="Serialize"/> to <paramref name="directory"/>, filling in the file hashes.</summary>
    public static void Save(string directory, ModelManifest manifest, IReadOnlyDictionary<string, byte[]> files)
    {
        Directory.CreateDirectory(directory);
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(directory, name), bytes);
            manifest.Files[name] = Sha256(bytes);
        }

        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, ModelFilesJsonContext.Writing.ModelManifest);
        File.WriteAllBytes(Path.Combine(directory, ManifestFile), [.. manifestBytes, (byte)'\n']);
    }

    private static DetectorModel Load(string source, Func<string, byte[]?> read)
    {
        var manifestBytes = read(ManifestFile) ?? throw Problem(source, ManifestFile, "is missing");
        ModelManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(manifestBytes, ModelFilesJsonContext.Default.ModelManifest)
                ?? throw Problem(source, ManifestFile, "is empty");
        }
        catch (JsonException ex)
        {
            throw Problem(source, ManifestFile, $"is not valid JSON ({ex.Message})");
        }

        CheckCompatible(source, manifest);
        var text = LoadVerified(source, manifest, TextModelFile, read, bytes => new TextModel(Files.TextModelFile.Read(new MemoryStream(bytes))));
        var conversation = LoadVerified(source, manifest, ConversationModelFile, read, ReadConversationModel);
        var levels = new LevelCutoffs(manifest.Levels.Low, manifest.Levels.Medium, manifest.Levels.Critical);
        if (!(0 <= levels.Low && levels.Low <= levels.Medium && levels.Medium <= manifest.Threshold
            && manifest.Threshold <= levels.Critical && levels.Critical <= 1))
        {
            throw Problem(source, ManifestFile, "has a threshold or level cut-offs out of order (need 0 ≤ low ≤ medium ≤ threshold ≤ critical ≤ 1)");
        }

        return new DetectorModel(manifest.Version, text, conversation, manifest.Threshold, levels, Sha256(manifestBytes),
            manifest.BaselineThresholds.RulesOnly, manifest.BaselineThresholds.TextModelOnly);
    }

    private static void CheckCompatible(string source, ModelManifest manifest)
    {
        if (manifest.Format != ModelManifest.CurrentFormat)
        {
            throw Problem(source, ManifestFile,
                $"is model format {manifest.Format}; this version of Detector reads format {ModelManifest.CurrentFormat}. Retrain with 'detector train' or use a matching Detector version");
        }

        if (manifest.FeatureSchema != FeatureSchema || manifest.TextFeatureBits != TextFeaturizer.Bits
            || !manifest.TextGroups.SequenceEqual(SignalCatalog.Groups))
        {
            throw Problem(source, ManifestFile,
                "was trained for a different feature set than this version of Detector computes. Retrain with 'detector train'");
        }
    }

    private static T LoadVerified<T>(string source, ModelManifest manifest, string name, Func<string, byte[]?> read, Func<byte[], T> parse)
    {
        var bytes = read(name) ?? throw Problem(source, name, "is missing");
        if (!manifest.Files.TryGetValue(name, out var expected))
        {
            throw Problem(source, name, "is not listed in the manifest");
        }

        if (!string.Equals(Sha256(bytes), expected, StringComparison.OrdinalIgnoreCase))
        {
            throw Problem(source, name, "does not match the SHA-256 in the manifest: it was changed or damaged after training. Refusing to load it");
        }

        try
        {
            return parse(bytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or JsonException)
        {
            throw Problem(source, name, $"cannot be read: {ex.Message}");
        }
    }

    private static ConversationModel ReadConversationModel(byte[] bytes)
    {
        var file = JsonSerializer.Deserialize(bytes, ModelFilesJsonContext.Default.ConversationModelFile)
            ?? throw new InvalidDataException("The conversation model is empty.");
        if (!file.FeatureNames.SequenceEqual(ConversationFeatures.Names))
        {
            throw new InvalidDataException("The conversation model's feature names differ from the features this version computes.");
        }

        var trees = file.Trees.Select(t => new TreeEnsembleTree(t.SplitFeature, t.Threshold, t.Left, t.Right, t.LeafValues, t.Weight)).ToList();
        return new ConversationModel(
            TreeEnsemble.Create(ConversationFeatures.Count, file.Bias, trees),
            new PlattCalibrator(file.CalibrationSlope, file.CalibrationOffset));
    }

    private static byte[]? ReadResource(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    internal static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static InvalidDataException Problem(string source, string file, string problem) =>
        new($"{Path.Combine(source, file)} {problem}.");
}
