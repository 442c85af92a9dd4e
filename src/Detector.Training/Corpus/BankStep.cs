using Detector.Conversations;

namespace Detector.Training.Corpus;

/// <summary>One step of a bank: who says it, what kind of message it is, and its phrasings split into pools.</summary>
internal sealed class BankStep
{
    private (IReadOnlyList<Phrasing> Train, IReadOnlyList<Phrasing> Validation, IReadOnlyList<Phrasing> Test)? _pools;

    public BankStep(string name, string role, MessageKind kind, IReadOnlyList<Phrasing> phrasings)
    {
        Name = name;
        Role = role;
        Kind = kind;
        Phrasings = phrasings;
    }

    public string Name { get; }

    /// <summary><c>suspect</c>, <c>victim</c>, <c>a</c>, <c>b</c> or <c>any</c>.</summary>
    public string Role { get; }

    public MessageKind Kind { get; }

    public IReadOnlyList<Phrasing> Phrasings { get; }

    /// <summary>The phrasings a split drawing from <paramref name="pool"/> may use; may be empty.</summary>
    /// <exception cref="InvalidOperationException">The banks were not split yet (<see cref="PhrasingSplitter.SplitAll"/>).</exception>
    public IReadOnlyList<Phrasing> In(PhrasingPool pool)
    {
        var pools = _pools ?? throw new InvalidOperationException($"Step '{Name}' has not been split into pools yet.");
        return pool switch
        {
            PhrasingPool.Train => pools.Train,
            PhrasingPool.Validation => pools.Validation,
            _ => pools.Test,
        };
    }

    /// <summary>Sets the pools <see cref="PhrasingSplitter.SplitAll"/> chose; once, when the banks are loaded.</summary>
    internal void SetPools((IReadOnlyList<Phrasing> Train, IReadOnlyList<Phrasing> Validation, IReadOnlyList<Phrasing> Test) pools) =>
        _pools = pools;
}
