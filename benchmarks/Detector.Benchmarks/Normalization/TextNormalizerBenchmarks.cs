using BenchmarkDotNet.Attributes;
using Detector.Benchmarks.Rules;
using Detector.Normalization;

namespace Detector.Benchmarks.Normalization;

/// <summary>Normalising chat messages into a reused buffer, against the naive lower-case + NFKC string pipeline.</summary>
[MemoryDiagnoser]
public class TextNormalizerBenchmarks
{
    private readonly NormalizedText _buffer = new();

    [Benchmark(Baseline = true, OperationsPerInvoke = 32, Description = "ToLowerInvariant + Normalize(FormKC) (strings)")]
    public int StringPipeline_Typical()
    {
        var length = 0;
        foreach (var message in ChatMessages.Typical)
        {
            length += message.ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormKC).Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = 32, Description = "TextNormalizer (reused buffer, offsets kept)")]
    public int Normalizer_Typical()
    {
        var length = 0;
        foreach (var message in ChatMessages.Typical)
        {
            TextNormalizer.Normalize(message, _buffer);
            length += _buffer.Length;
        }

        return length;
    }
}
