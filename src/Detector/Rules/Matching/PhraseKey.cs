namespace Detector.Rules.Matching;

/// <summary>A key of the automaton: which phrase it starts, and its length in characters (leading space included).</summary>
internal readonly record struct PhraseKey(int Phrase, int Length);
