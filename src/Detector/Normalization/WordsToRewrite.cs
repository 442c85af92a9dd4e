using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Detector.Normalization;

/// <summary>
/// Finds, left to right, the words that pass 2 of the <see cref="TextNormalizer"/> may change, so that it looks at
/// those words only and moves the rest down in whole runs. Most chat has none (plain numbers such as <c>£200</c> or
/// <c>at 7</c> are left alone), so most messages are normalised in one pass.
/// </summary>
/// <remarks>
/// Pass 2 changes only a word with a leetspeak symbol (<c>$</c>, <c>@</c>), or with a leetspeak digit and a letter
/// (<c>p4y</c>, but also <c>10pm</c>, which it then leaves as written); a word with three equal letters in a row; and
/// three or more single-character words in a row. The search is conservative (a word it returns may turn out to need
/// nothing) and linear: the next leetspeak word is found once and kept until passed, and the rest of the text is read
/// once, from where the previous search stopped. Pass 2 rewrites in place behind its reading position, so the text from
/// <c>from</c> on is as pass 1 wrote it.
/// </remarks>
internal ref struct WordsToRewrite(ReadOnlySpan<char> chars)
{
    private static readonly SearchValues<char> s_leetCharacters = SearchValues.Create(TextNormalizer.LeetCharacters);

    private readonly ReadOnlySpan<char> _chars = chars;

    /// <summary>The start of the next word with leetspeak to fold (the text's length if none), valid from <see cref="_leetSearchedFrom"/> on.</summary>
    private int _leetWord = -1;

    private int _leetSearchedFrom = int.MaxValue;

    /// <summary>The start of the first word at or after the word starting at <paramref name="from"/> that pass 2 may change, or the text's length.</summary>
    public int Next(int from)
    {
        if (from < _leetSearchedFrom || from > _leetWord)
        {
            _leetWord = NextLeetWord(from);
            _leetSearchedFrom = from;
        }

        var to = _leetWord;
        var at = NextRunOrSingles(_chars, from, to);
        return at < 0 ? to : Math.Min(at, to);
    }

    /// <summary>
    /// The start of the first word in [<paramref name="from"/>, <paramref name="to"/>) with three equal letters in a row,
    /// or that starts three single-character words in a row; -1 if none. Eight positions at a time where the vector
    /// units allow; a candidate is confirmed by <see cref="StartsRunOrSingles"/>.
    /// </summary>
    private static int NextRunOrSingles(ReadOnlySpan<char> chars, int from, int to)
    {
        var i = from;
        if (Vector128.IsHardwareAccelerated)
        {
            for (; i < from + 2 && i < to; i++)
            {
                if (StartsRunOrSingles(chars, from, i) is var start and >= 0)
                {
                    return start;
                }
            }

            // Loads reach from i - 2 to i + 5 + 7.
            ref var text = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(chars));
            var space = Vector128.Create((ushort)' ');
            for (; i < to && i + 5 + Vector128<ushort>.Count <= chars.Length; i += Vector128<ushort>.Count)
            {
                var here = Vector128.LoadUnsafe(ref text, (nuint)i);
                var run = Vector128.Equals(here, Vector128.LoadUnsafe(ref text, (nuint)(i - 1))) & Vector128.Equals(here, Vector128.LoadUnsafe(ref text, (nuint)(i - 2)));
                var singles = Vector128.Equals(Vector128.LoadUnsafe(ref text, (nuint)(i - 1)), space)
                    & Vector128.Equals(Vector128.LoadUnsafe(ref text, (nuint)(i + 1)), space)
                    & Vector128.Equals(Vector128.LoadUnsafe(ref text, (nuint)(i + 3)), space)
                    & Vector128.Equals(Vector128.LoadUnsafe(ref text, (nuint)(i + 5)), space);
                for (var candidates = (run | singles).ExtractMostSignificantBits(); candidates != 0; candidates &= candidates - 1)
                {
                    if (StartsRunOrSingles(chars, from, i + BitOperations.TrailingZeroCount(candidates)) is var start and >= 0)
                    {
                        return start;
                    }
                }
            }
        }

        for (; i < to; i++)
        {
            if (StartsRunOrSingles(chars, from, i) is var start and >= 0)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>
    /// If position <paramref name="i"/> ends three equal letters, the start of their word; if it starts three
    /// single-character words in a row, <paramref name="i"/>; otherwise -1.
    /// </summary>
    private static int StartsRunOrSingles(ReadOnlySpan<char> chars, int from, int i)
    {
        var c = chars[i];
        if (i >= from + 2 && c == chars[i - 1] && c == chars[i - 2] && char.IsLetter(c))
        {
            return from + chars[from..i].LastIndexOf(' ') + 1;
        }

        return chars[i - 1] == ' ' && i + 5 < chars.Length && chars[i + 1] == ' ' && chars[i + 3] == ' ' && chars[i + 5] == ' ' ? i : -1;
    }

    /// <summary>The start of the first word from <paramref name="from"/> whose leetspeak pass 2 may fold or drop, or the text's length.</summary>
    private readonly int NextLeetWord(int from)
    {
        var chars = _chars;
        var found = chars[from..].IndexOfAny(s_leetCharacters);
        while (found >= 0)
        {
            var at = from + found;
            var start = from + chars[from..at].LastIndexOf(' ') + 1;
            var end = NormalizedText.WordEnd(chars, at);
            if (HasLetterOrLeetSymbol(chars[start..end]))
            {
                return start;
            }

            from = end;
            found = chars[from..].IndexOfAny(s_leetCharacters);
        }

        return chars.Length;
    }

    private static bool HasLetterOrLeetSymbol(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is '@' or '$' || char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }
}
