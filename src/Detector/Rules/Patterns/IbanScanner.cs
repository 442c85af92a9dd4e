namespace Detector.Rules.Patterns;

/// <summary>
/// Finds an IBAN with valid check digits (ISO 13616: the rearranged number is 1 modulo 97),
/// written in one piece (<c>GB82WEST12345698765432</c>) or in groups of four
/// (<c>GB82 WEST 1234 5698 7654 32</c>).
/// </summary>
internal static class IbanScanner
{
    private const int MinLength = 15;
    private const int MaxLength = 34;

    public static bool TryFind(ReadOnlySpan<char> text, out int start, out int length)
    {
        var tokens = new Tokens(text);
        // Every IBAN has its check digits in the first run.
        while (tokens.MoveNext(Tokens.Digits))
        {
            var token = tokens.Current;
            if (token.Length >= 4 && char.IsAsciiLetter(token[0]) && char.IsAsciiLetter(token[1])
                && char.IsAsciiDigit(token[2]) && char.IsAsciiDigit(token[3]) && Words.StartsWordAt(text, tokens.Start)
                && TryMatchAt(text, tokens.Start, out length))
            {
                start = tokens.Start;
                return true;
            }
        }

        start = length = 0;
        return false;
    }

    /// <summary>Reads the longest IBAN starting at <paramref name="start"/> whose check digits are valid.</summary>
    private static bool TryMatchAt(ReadOnlySpan<char> text, int start, out int length)
    {
        Span<char> chars = stackalloc char[MaxLength];
        var count = 0;
        var i = start;
        var best = -1;
        var grouped = false;
        while (i < text.Length && count < MaxLength)
        {
            var c = text[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                chars[count++] = char.ToUpperInvariant(c);
                i++;
                var atEnd = !(i < text.Length && char.IsAsciiLetterOrDigit(text[i]));
                if (atEnd && count >= MinLength && Words.EndsWordAt(text, i) && HasValidCheckDigits(chars[..count]))
                {
                    best = i;
                }

                continue;
            }

            // A single space may separate groups of exactly four characters.
            if (c == ' ' && count % 4 == 0 && (grouped || count == 4) && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                grouped = true;
                i++;
                continue;
            }

            break;
        }

        length = best - start;
        return best > 0;
    }

    /// <summary>Moves the first four characters to the end, reads letters as 10–35 and checks the number mod 97.</summary>
    internal static bool HasValidCheckDigits(ReadOnlySpan<char> iban)
    {
        if (iban.Length is < MinLength or > MaxLength)
        {
            return false;
        }

        var remainder = 0;
        for (var k = 0; k < iban.Length; k++)
        {
            var c = iban[(k + 4) % iban.Length];
            if (char.IsAsciiDigit(c))
            {
                remainder = ((remainder * 10) + (c - '0')) % 97;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                remainder = ((remainder * 100) + (c - 'A' + 10)) % 97;
            }
            else
            {
                return false;
            }
        }

        return remainder == 1;
    }
}
