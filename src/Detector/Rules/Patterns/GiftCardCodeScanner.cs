using System.Buffers;

namespace Detector.Rules.Patterns;

/// <summary>
/// Finds a gift-card redemption code: three to five dash- or space-separated groups of four to six
/// upper-case letters and digits (<c>X7KQ-9PLM-2WRT-H4ZN</c>, <c>AB12C-DE34F-GH56J</c>), or a
/// 16-character upper-case code; either way with both letters and digits.
/// </summary>
internal static class GiftCardCodeScanner
{
    private static readonly SearchValues<char> s_codeChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    public static bool TryFind(ReadOnlySpan<char> text, out int start, out int length)
    {
        var tokens = new Tokens(text);
        var groups = 0;
        var groupStart = 0;
        var lastEnd = -1;
        var letters = 0;
        var digits = 0;
        // A run without a code character is not a group and only ends a code, as the next run visited does.
        while (tokens.MoveNext(s_codeChars))
        {
            var token = tokens.Current;
            var isGroup = token.Length is >= 4 and <= 6 && IsCodeText(token);
            var continues = isGroup && groups > 0 && tokens.Start == lastEnd + 1 && text[lastEnd] is '-' or ' ';
            if (!continues)
            {
                if (IsCode(groups, letters, digits) && Words.EndsWordAt(text, lastEnd))
                {
                    break;
                }

                groups = letters = digits = 0;
                groupStart = tokens.Start;
            }

            if (isGroup && (continues || Words.StartsWordAt(text, tokens.Start)))
            {
                groups++;
                lastEnd = tokens.End;
                Count(token, ref letters, ref digits);
                continue;
            }

            groups = 0;
            if (token.Length == 16 && IsCodeText(token) && tokens.IsWholeWord)
            {
                int tokenLetters = 0, tokenDigits = 0;
                Count(token, ref tokenLetters, ref tokenDigits);
                if (tokenLetters >= 2 && tokenDigits >= 2)
                {
                    start = tokens.Start;
                    length = 16;
                    return true;
                }
            }
        }

        if (IsCode(groups, letters, digits) && Words.EndsWordAt(text, lastEnd))
        {
            start = groupStart;
            length = lastEnd - groupStart;
            return true;
        }

        start = length = 0;
        return false;
    }

    private static bool IsCode(int groups, int letters, int digits) => groups is >= 3 and <= 5 && letters >= 1 && digits >= 1;

    private static bool IsCodeText(ReadOnlySpan<char> token) => !token.ContainsAnyExcept(s_codeChars);

    private static void Count(ReadOnlySpan<char> token, ref int letters, ref int digits)
    {
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else
            {
                letters++;
            }
        }
    }
}
