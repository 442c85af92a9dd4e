using System.Runtime.CompilerServices;

namespace Detector.Normalization;

/// <summary>
/// Normalises text for matching, defeating the usual tricks used to dodge filters, while keeping a
/// map back to the original string.
/// </summary>
/// <remarks>
/// <para>The steps (the phrase semantics of the rule pack format): case folding; Unicode
/// compatibility folding with accents removed (full-width, ligatures, mathematical letters,
/// <c>é</c> → <c>e</c>); zero-width, bidi controls and combining marks removed; Cyrillic and Greek
/// look-alikes folded; a capital <c>I</c> after a lower-case letter read as <c>l</c>
/// (<c>paypaI</c>); apostrophes removed (<c>don't</c> → <c>dont</c>); emoji with a meaning written
/// as words (💰 → <c>money</c>); every other character a word separator; then, word by word,
/// leetspeak folded (<c>0→o 3→e 4→a 5→s 7→t @→a $→s</c>, and <c>1</c> → <see
/// cref="NormalizedText.AmbiguousIOrL"/>) in words that contain letters and are not a number with a
/// unit (<c>10pm</c>, <c>5k</c> stay), and in a text where such a word was folded a lone <c>1</c> read as <c>i</c>
/// (<c>1 h4ve</c> → <c>i have</c>; a count such as <c>s3nd 1 p1c</c> is read so too); runs of three or more single letters joined
/// (<c>p a y</c>, <c>p.a.y</c> → <c>pay</c>); runs of three or more equal letters squeezed to two.
/// Text with a right-to-left override is read both as stored and as displayed (<see cref="DisplayOrder"/>).</para>
/// <para>A character that folds to one char (all of ASCII, accented letters, full-width forms, look-alikes) takes a
/// table lookup, plain ASCII eight characters at a time; nothing is allocated once the buffer is large enough.</para>
/// </remarks>
internal static class TextNormalizer
{
    /// <summary>Each leetspeak character and the letter it stands for (a <c>1</c> for either <c>i</c> or <c>l</c>).</summary>
    private static readonly (char Leet, char Letter)[] s_leetspeak =
        [('0', 'o'), ('1', NormalizedText.AmbiguousIOrL), ('3', 'e'), ('4', 'a'), ('5', 's'), ('7', 't'), ('@', 'a'), ('$', 's')];

    /// <summary>For each character up to the highest leetspeak character, the letter it stands for in leetspeak, or <c>'\0'</c> (see <see cref="LeetLetter"/>).</summary>
    private static readonly char[] s_leetLetters = BuildLeetLetters();

    /// <summary>The characters pass 2 reads as leetspeak (the digits and symbols of <see cref="LeetLetter"/>).</summary>
    internal static string LeetCharacters { get; } = string.Concat(s_leetspeak.Select(pair => pair.Leet));

    /// <summary>Normalises <paramref name="text"/> into <paramref name="output"/>, replacing its content.</summary>
    public static void Normalize(ReadOnlySpan<char> text, NormalizedText output)
    {
        if (DisplayOrder.HasOverride(text))
        {
            DisplayOrder.Normalize(text, output);
        }
        else
        {
            NormalizeInOrder(text, output);
        }
    }

    /// <summary>Normalises <paramref name="text"/> as stored, ignoring display order.</summary>
    internal static void NormalizeInOrder(ReadOnlySpan<char> text, NormalizedText output)
    {
        output.Clear();
        FoldCharacters(text, output);
        RewriteWords(output);
    }

    /// <summary>Normalises a string into a new string (for phrases and tests, not the hot path).</summary>
    public static string Normalize(string text)
    {
        var output = NormalizedText.ForCurrentThread();
        Normalize(text, output);
        return output.ToString();
    }

    /// <summary>Pass 1: folds each code point, collapsing separators to single spaces.</summary>
    private static void FoldCharacters(ReadOnlySpan<char> text, NormalizedText output)
    {
        output.Append(' ', 0, 0);
        var wordStart = 1;
        var i = 0;
        while (true)
        {
            i = FoldSingleCharRun(text, i, output, ref wordStart);
            if (i >= text.Length)
            {
                break;
            }

            var start = i;
            int codePoint = text[i];
            i++;
            if (char.IsHighSurrogate((char)codePoint) && i < text.Length && char.IsLowSurrogate(text[i]))
            {
                codePoint = char.ConvertToUtf32((char)codePoint, text[i]);
                i++;
            }

            var folding = CharacterFoldings.Fold(codePoint);
            switch (folding.Kind)
            {
                case CharacterFoldingKind.WordPart:
                case CharacterFoldingKind.LeetSymbol:
                    wordStart = output.LastChar == ' ' ? output.Length : wordStart;
                    foreach (var c in folding.Text)
                    {
                        output.Append(c, start, i);
                    }

                    break;
                case CharacterFoldingKind.Word:
                    EndWord(output, wordStart, start);
                    foreach (var c in folding.Text)
                    {
                        output.Append(c, start, i);
                    }

                    AppendSeparator(output, i);
                    break;
                case CharacterFoldingKind.Separator:
                    EndWord(output, wordStart, start);
                    break;
            }
        }

        EndWord(output, wordStart, text.Length);
    }

    /// <summary>
    /// The fast path of pass 1: folds characters from <paramref name="i"/> up to the first that folds to more than one
    /// char or to a word, or is half a surrogate pair (which need the general path), with a table lookup each
    /// (<see cref="CharacterFoldings.FoldSingle"/>), or a <see cref="PlainLetterBlock"/> of ASCII at a time, writing
    /// straight into the buffers; returns where it stopped. Same result as the general path.
    /// </summary>
    private static int FoldSingleCharRun(ReadOnlySpan<char> text, int i, NormalizedText output, ref int wordStart)
    {
        // Each character taken here writes at most one character (a letter, digit or separator).
        output.EnsureCapacity(output.Length + text.Length - i);
        var (chars, starts, ends) = output.RawBuffers;
        var length = output.Length;
        var last = chars[length - 1];
        var blockFrom = i; // where a PlainLetterBlock may be tried next
        for (; i < text.Length; i++)
        {
            if (i >= blockFrom)
            {
                if (PlainLetterBlock.TryFold(text, i, chars, starts, ends, length, out var lastSpace, out var unusable))
                {
                    wordStart = lastSpace >= 0 ? length + lastSpace + 1 : last == ' ' ? length : wordStart;
                    length += PlainLetterBlock.Width;
                    last = chars[length - 1];
                    i += PlainLetterBlock.Width - 1;
                    continue;
                }

                blockFrom = i + unusable;
            }

            var c = text[i];
            var folded = c == 'I' ? CapitalI(text, i) : CharacterFoldings.FoldSingle(c);
            if (folded == CharacterFoldings.NotSingle)
            {
                break;
            }

            if (folded > CharacterFoldings.AsciiRemoved)
            {
                if (last == ' ')
                {
                    wordStart = length;
                }

                chars[length] = folded;
                starts[length] = i;
                ends[length] = i + 1;
                length++;
                last = folded;
            }
            else if (folded == CharacterFoldings.AsciiSeparator && last != ' ')
            {
                // As EndWord: a word of leetspeak symbols only (a lone $) is dropped.
                if (!IsLeetSymbolsOnly(chars.AsSpan(wordStart, length - wordStart)))
                {
                    chars[length] = ' ';
                    starts[length] = i;
                    ends[length] = i;
                    length++;
                }
                else
                {
                    length = wordStart;
                }

                last = ' ';
            }
        }

        output.Truncate(length);
        return i;
    }

    /// <summary>Ends the current word; a word of leetspeak symbols only (a lone <c>$</c>) is dropped.</summary>
    private static void EndWord(NormalizedText output, int wordStart, int at)
    {
        var word = output.Chars[Math.Min(wordStart, output.Length)..];
        if (word.Length > 0 && word[^1] != ' ' && IsLeetSymbolsOnly(word))
        {
            output.Truncate(wordStart);
        }

        AppendSeparator(output, at);
    }

    /// <summary>
    /// Whether a word is made of leetspeak symbols only (<c>$</c>, <c>@</c>). A linear search that usually stops at
    /// the first character: cheaper on a word than the vectorised <c>ContainsAnyExcept</c>.
    /// </summary>
    private static bool IsLeetSymbolsOnly(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!IsLeetSymbol(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void AppendSeparator(NormalizedText output, int at)
    {
        if (output.LastChar != ' ')
        {
            output.Append(' ', at, at);
        }
    }

    /// <summary>
    /// Pass 2, in place: leetspeak per word, single letters joined, long letter runs squeezed; only the words
    /// <see cref="WordsToRewrite"/> finds are looked at.
    /// </summary>
    private static void RewriteWords(NormalizedText output)
    {
        var chars = output.WritableChars;
        var length = chars.Length;
        var toRewrite = new WordsToRewrite(chars);
        var read = toRewrite.Next(1);
        var write = read;
        var leetFolded = false;
        var kept = read; // words in [kept, read) need no rewriting: they are moved down in one copy, when the next word does
        while (read < length)
        {
            var end = NormalizedText.WordEnd(chars, read);
            var folded = FoldLeetspeak(chars[read..end], ref leetFolded);
            var singleLetters = CountSingleLetterWords(chars, read);
            if (singleLetters < 3 && (folded || !chars[read..end].ContainsAny('@', '$')) && !HasLetterRun(chars[read..end]))
            {
                read = end + 1 < length ? toRewrite.Next(end + 1) : length;
                continue;
            }

            write = MoveKept(output, kept, read, write);

            if (singleLetters >= 3)
            {
                for (var n = 0; n < singleLetters; n++, read += 2)
                {
                    write = WriteChar(output, chars, read, write);
                }
            }
            else
            {
                for (var k = read; k < end; k++)
                {
                    if (folded || !IsLeetSymbol(chars[k]))
                    {
                        write = WriteChar(output, chars, k, write);
                    }
                }

                read = end + 1;
            }

            if (chars[write - 1] != ' ')
            {
                output.Move(read - 1, write, ' ');
                write++;
            }

            kept = read;
        }

        output.Truncate(MoveKept(output, kept, read, write));
        if (leetFolded)
        {
            ReadLoneOnesAsI(output.WritableChars);
        }
    }

    /// <summary>
    /// In a text with leetspeak, a word that is a lone <c>1</c> stands for "I" (a lone <c>l</c> is no word); not next
    /// to a single letter, as an <c>i</c> there would make a run of single letters to join (<c>m 1 p</c> stays), and
    /// normalising must give the same text twice.
    /// </summary>
    private static void ReadLoneOnesAsI(Span<char> chars)
    {
        var i = chars.IndexOf('1');
        while (i >= 0)
        {
            if (i > 0 && i + 1 < chars.Length && chars[i - 1] == ' ' && chars[i + 1] == ' ' && !IsSingleLetterWord(chars, i - 2) && !IsSingleLetterWord(chars, i + 2))
            {
                chars[i] = 'i';
            }

            var next = chars[(i + 1)..].IndexOf('1');
            i = next < 0 ? -1 : i + 1 + next;
        }
    }

    /// <summary>Moves the unchanged characters [<paramref name="kept"/>, <paramref name="read"/>) down to <paramref name="write"/>; returns the new write position.</summary>
    private static int MoveKept(NormalizedText output, int kept, int read, int write)
    {
        if (write != kept)
        {
            output.MoveRange(kept, write, read - kept);
        }

        return write + (read - kept);
    }

    private static bool HasLetterRun(ReadOnlySpan<char> word)
    {
        for (var i = 2; i < word.Length; i++)
        {
            if (word[i] == word[i - 1] && word[i] == word[i - 2] && char.IsLetter(word[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int WriteChar(NormalizedText output, Span<char> chars, int read, int write)
    {
        var c = chars[read];
        if (write >= 3 && c == chars[write - 1] && c == chars[write - 2] && char.IsLetter(c))
        {
            output.ExtendEnd(write - 1, read);
            return write;
        }

        output.Move(read, write, c);
        return write + 1;
    }

    private static bool IsSingleLetterWord(Span<char> chars, int at) =>
        at >= 1 && at + 1 < chars.Length && chars[at - 1] == ' ' && chars[at + 1] == ' ' && char.IsLetter(chars[at]);

    private static int CountSingleLetterWords(Span<char> chars, int at)
    {
        var count = 0;
        while (at + 1 < chars.Length && IsSingleLetterWord(chars, at))
        {
            count++;
            at += 2;
        }

        return count;
    }

    /// <summary>
    /// Folds leetspeak in one word, in place, when the word reads as letters; returns whether the
    /// word has letters, and sets <paramref name="changedAny"/> when it changed the word. A word that is a number with a
    /// unit (<c>10pm</c>, <c>24h</c>, <c>5k</c>, <c>1st</c>) is left as written.
    /// </summary>
    private static bool FoldLeetspeak(Span<char> word, ref bool changedAny)
    {
        var hasLetter = false;
        var hasLeet = false;
        foreach (var c in word)
        {
            var isLeet = LeetLetter(c) != '\0';
            hasLeet |= isLeet;
            hasLetter |= !isLeet && char.IsLetter(c);
        }

        if (!hasLeet)
        {
            return true;
        }

        if (!hasLetter || IsNumberWithUnit(word))
        {
            return hasLetter;
        }

        for (var i = 0; i < word.Length; i++)
        {
            var letter = LeetLetter(word[i]);
            if (letter != '\0')
            {
                word[i] = letter;
            }
        }

        changedAny = true;
        return true;
    }

    private static bool IsNumberWithUnit(ReadOnlySpan<char> word)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var unit = word[digits..];
        return digits >= 2 || (digits == 1 && unit is "k" or "m" or "h" or "d" or "x" or "st" or "nd" or "rd" or "th" or "am" or "pm" or "yo" or "hr" or "hrs" or "min" or "mins");
    }

    private static bool IsLeetSymbol(char c) => c is '@' or '$';

    /// <summary>The letter a leetspeak character stands for, or <c>'\0'</c>: a table lookup, inlined (a switch is neither).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char LeetLetter(char c) => c < s_leetLetters.Length ? s_leetLetters[c] : '\0';

    private static char[] BuildLeetLetters()
    {
        var letters = new char[s_leetspeak.Max(pair => pair.Leet) + 1];
        foreach (var (leet, letter) in s_leetspeak)
        {
            letters[leet] = letter;
        }

        return letters;
    }

    /// <summary>
    /// A capital <c>I</c> at <paramref name="index"/>, folded: read as <c>l</c> after a lower-case letter unless a capital
    /// follows (<c>paypaI</c> → <c>paypal</c>, but <c>SkypeID</c> → <c>skypeid</c>), otherwise as <c>i</c>.
    /// </summary>
    private static char CapitalI(ReadOnlySpan<char> text, int index) =>
        IsLowerAsciiLetter(text, index - 1) && !IsUpperAsciiLetter(text, index + 1) ? 'l' : 'i';

    // Inlined, as the call made the JIT keep the fast path's loop state on the stack (CapitalI is in that loop).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsLowerAsciiLetter(ReadOnlySpan<char> text, int index) =>
        (uint)index < (uint)text.Length && char.IsAsciiLetterLower(text[index]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsUpperAsciiLetter(ReadOnlySpan<char> text, int index) =>
        (uint)index < (uint)text.Length && char.IsAsciiLetterUpper(text[index]);
}
