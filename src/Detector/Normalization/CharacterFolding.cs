namespace Detector.Normalization;

/// <summary>What the normaliser does with one code point.</summary>
internal enum CharacterFoldingKind : byte
{
    /// <summary>Ends the current word (spaces, punctuation, symbols, unpaired surrogates).</summary>
    Separator,

    /// <summary>Part of a word, written as <see cref="CharacterFolding.Text"/>.</summary>
    WordPart,

    /// <summary>Dropped without ending the word (zero-width and bidi controls, combining marks, apostrophes).</summary>
    Removed,

    /// <summary>An emoji with a meaning, written as the separate word <see cref="CharacterFolding.Text"/>.</summary>
    Word,

    /// <summary>A leetspeak symbol (<c>@</c>, <c>$</c>): a letter inside a word with letters, dropped elsewhere.</summary>
    LeetSymbol,
}

/// <summary>The folding of one code point: its kind and the text it becomes.</summary>
internal readonly record struct CharacterFolding(CharacterFoldingKind Kind, string Text);
