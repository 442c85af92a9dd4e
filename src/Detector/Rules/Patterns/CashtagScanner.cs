namespace Detector.Rules.Patterns;

/// <summary>Finds a Cash App $cashtag: <c>$</c> then a letter and up to 19 letters, digits, '_' or '-'.</summary>
internal static class CashtagScanner
{
    public static bool TryFind(ReadOnlySpan<char> text, out int start, out int length)
    {
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] != '$' || !char.IsAsciiLetter(text[i + 1]) || (i > 0 && (Words.IsWordChar(text[i - 1]) || text[i - 1] == '$')))
            {
                continue;
            }

            var end = i + 1;
            while (end < text.Length && end - i <= 20 && (char.IsAsciiLetterOrDigit(text[end]) || text[end] is '_' or '-'))
            {
                end++;
            }

            if (end - i <= 20 && Words.EndsWordAt(text, end))
            {
                start = i;
                length = end - i;
                return true;
            }
        }

        start = length = 0;
        return false;
    }
}
