namespace Detector.Training.Corpus;

/// <summary>What to generate: the seed and the number of conversations per split (the defaults are the committed settings).</summary>
public sealed record CorpusOptions
{
    /// <summary>The seed the committed statistics were generated with.</summary>
    public const ulong DefaultSeed = 20260301;

    /// <summary>The generator's seed; the same seed and banks give the same bytes.</summary>
    public ulong Seed { get; init; } = DefaultSeed;

    /// <summary>Conversations in the train split.</summary>
    public int Train { get; init; } = 20_000;

    /// <summary>Conversations in the validation split.</summary>
    public int Validation { get; init; } = 4_000;

    /// <summary>Conversations in the test split.</summary>
    public int Test { get; init; } = 4_000;

    /// <summary>Whether these are the default settings, whose statistics the README shows.</summary>
    public bool IsDefault => this == new CorpusOptions();

    /// <summary>The number of conversations of <paramref name="split"/>.</summary>
    public int CountOf(CorpusSplit split) => split switch
    {
        CorpusSplit.Train => Train,
        CorpusSplit.Validation => Validation,
        _ => Test,
    };
}
