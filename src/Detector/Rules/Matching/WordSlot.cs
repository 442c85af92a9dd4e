namespace Detector.Rules.Matching;

/// <summary>
/// A <see cref="PhraseSlot"/> compiled against the <see cref="PhraseVocabulary"/> (then written into <see cref="PhraseCode"/>): the symbols of its
/// alternatives, or (when there are none) a gap of <see cref="MinGap"/> to <see cref="MaxGap"/> words.
/// </summary>
internal readonly record struct WordSlot(int[] Symbols, int MinGap, int MaxGap)
{
    public bool IsGap => Symbols.Length == 0;
}
