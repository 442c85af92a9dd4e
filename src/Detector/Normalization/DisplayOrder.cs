using System.Buffers;

namespace Detector.Normalization;

/// <summary>
/// Reads text with a right-to-left override (U+202E) both as stored and as displayed, so that a threat typed
/// backwards behind an override (<c>"\u202Eyap"</c>, shown as <c>pay</c>) is matched as its reader sees it, and one
/// typed forwards still is.
/// </summary>
/// <remarks>
/// An override runs to the next pop (U+202C), line or paragraph break, or the end of the text; every character in it
/// is shown in reverse order (the override forces them all right-to-left), a surrogate pair kept whole. Other bidi
/// controls and implicit right-to-left scripts are left alone: they do not reverse Latin text. The text is normalised
/// as the stored text, a line break, then the displayed text, with every offset mapped back to the stored text, so
/// spans point at the characters as sent.
/// </remarks>
internal static class DisplayOrder
{
    private const char RightToLeftOverride = '\u202E';
    private const char PopDirectionalFormatting = '\u202C';

    /// <summary>Whether <paramref name="text"/> has an override, so its display order differs from its logical order.</summary>
    public static bool HasOverride(ReadOnlySpan<char> text) => text.Contains(RightToLeftOverride);

    /// <summary>Normalises <paramref name="text"/> as stored and as displayed into <paramref name="output"/>, every offset mapped back to <paramref name="text"/>.</summary>
    public static void Normalize(ReadOnlySpan<char> text, NormalizedText output)
    {
        var length = (2 * text.Length) + 1;
        var both = ArrayPool<char>.Shared.Rent(length);
        var origin = ArrayPool<int>.Shared.Rent(length);
        try
        {
            for (var i = 0; i < text.Length; i++)
            {
                (both[i], origin[i]) = (text[i], i);
            }

            // The break between the two copies maps to the last character, so a span across it stays inside the text.
            (both[text.Length], origin[text.Length]) = ('\n', text.Length - 1);
            Reorder(text, both.AsSpan(text.Length + 1), origin.AsSpan(text.Length + 1));
            TextNormalizer.NormalizeInOrder(both.AsSpan(0, length), output);
            output.MapToOriginal(origin.AsSpan(0, length), text.Length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(both);
            ArrayPool<int>.Shared.Return(origin);
        }
    }

    /// <summary>Writes <paramref name="text"/> in display order to <paramref name="display"/>, and where each character came from to <paramref name="origin"/>.</summary>
    private static void Reorder(ReadOnlySpan<char> text, Span<char> display, Span<int> origin)
    {
        var i = 0;
        while (i < text.Length)
        {
            display[i] = text[i];
            origin[i] = i;
            if (text[i++] != RightToLeftOverride)
            {
                continue;
            }

            var end = i;
            while (end < text.Length && text[end] is not (PopDirectionalFormatting or '\n' or '\r' or '\u0085' or '\u2029'))
            {
                end++;
            }

            // Reverse [i, end) by character, then put each surrogate pair back in order.
            for (var k = i; k < end; k++)
            {
                var from = end - 1 - (k - i);
                display[k] = text[from];
                origin[k] = from;
            }

            for (var k = i; k + 1 < end; k++)
            {
                if (char.IsLowSurrogate(display[k]) && char.IsHighSurrogate(display[k + 1]))
                {
                    (display[k], display[k + 1]) = (display[k + 1], display[k]);
                    (origin[k], origin[k + 1]) = (origin[k + 1], origin[k]);
                    k++;
                }
            }

            i = end;
        }
    }
}
