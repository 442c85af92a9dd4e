using System.Text.Json.Serialization;

namespace Detector.Training.Training;

/// <summary>Source-generated JSON metadata for what training records in the manifest.</summary>
[JsonSerializable(typeof(Dictionary<string, object>))]
[JsonSerializable(typeof(Dictionary<string, double>))]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(double))]
internal sealed partial class TrainingJsonContext : JsonSerializerContext;
