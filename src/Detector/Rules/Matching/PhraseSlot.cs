namespace Detector.Rules.Matching;

/// <summary>
/// One position of a parsed phrase: either a word with its alternatives (<c>see|know</c>), or a gap
/// of <see cref="MinGap"/> to <see cref="MaxGap"/> arbitrary words (<c>{0-3}</c>).
/// </summary>
internal sealed record PhraseSlot(PhraseWord[] Alternatives, int MinGap = 0, int MaxGap = 0)
{
    public bool IsGap => Alternatives.Length == 0;

    public static PhraseSlot Gap(int min, int max) => new([], min, max);
}
