namespace Detector.Rules.Matching;

/// <summary>One way to fill a word position of a phrase: a normalised word, or a prefix (<c>record*</c>).</summary>
/// <param name="Text">The word in match form: normalised, with doubled letters written once.</param>
/// <param name="IsPrefix">Whether any word starting with <paramref name="Text"/> matches.</param>
internal readonly record struct PhraseWord(string Text, bool IsPrefix);
