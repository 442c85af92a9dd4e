using Detector.Conversations;

namespace Detector.Training.Corpus;

/// <summary>One step of a bank: who says it, what kind of message it is, and its phrasings split into pools.</summary>
internal sealed class BankStep
{
    private readonly IReadOnlyList<Phrasing> _train;
    private readonly IReadOnlyList<Phrasing> _test;

    public BankStep(string name, string role, MessageKind kind, IReadOnlyList<Phrasing> phrasings)
    {
        Name = name;
        Role = role;
        Kind = kind;
        Phrasings = phrasings;
        (_train, _test) = PhrasingSplitter.Split(phrasings);
    }

    public string Name { get; }

    /// <summary><c>suspect</c>, <c>victim</c>, <c>a</c>, <c>b</c> or <c>any</c>.</summary>
    public string Role { get; }

    public MessageKind Kind { get; }

    public IReadOnlyList<Phrasing> Phrasings { get; }

    /// <summary>The phrasings a split drawing from <paramref name="pool"/> may use; may be empty.</summary>
    public IReadOnlyList<Phrasing> In(PhrasingPool pool) => pool == PhrasingPool.Train ? _train : _test;
}
