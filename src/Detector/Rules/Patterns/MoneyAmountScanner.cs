namespace Detector.Rules.Patterns;

/// <summary>
/// Finds an amount of money: a currency symbol or code before a number (<c>£4,000</c>, <c>$200</c>,
/// <c>€ 300</c>, <c>₦50,000</c>, <c>USD 500</c>), a number before a currency symbol or word
/// (<c>300€</c>, <c>300 €</c>, <c>200 dollars</c>, <c>50 quid</c>), or thousands written with k (<c>5k</c>). Thousands
/// may be grouped by commas, dots or spaces (<c>2 000 €</c>, also with a no-break, narrow no-break or thin space, as French
/// writes them).
/// </summary>
internal static class MoneyAmountScanner
{
    private const string Symbols = "£$€₦₱¥₹₵₩₽";
    private static readonly string[] s_codesBefore = ["usd", "gbp", "eur", "ngn", "php", "cad", "aud", "inr"];
    private static readonly string[] s_wordsAfter = ["dollars", "dollar", "usd", "pounds", "pound", "gbp", "euros", "euro", "eur", "naira", "ngn", "pesos", "peso", "php", "bucks", "quid", "rupees", "inr", "cedis", "btc", "usdt", "k"];

    public static bool TryFind(ReadOnlySpan<char> text, out int start, out int length)
    {
        for (var i = 0; i < text.Length; i++)
        {
            i = Words.NextDigit(text, i);
            if (i == text.Length)
            {
                break;
            }

            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] is ',' or '.')))
            {
                continue;
            }

            var numberEnd = SkipNumber(text, i);
            var before = AmountStart(text, i);
            if (before >= 0)
            {
                var end = numberEnd < text.Length && text[numberEnd] is 'k' or 'K' && Words.EndsWordAt(text, numberEnd + 1)
                    ? numberEnd + 1
                    : numberEnd;
                if (Words.EndsWordAt(text, end))
                {
                    start = before;
                    length = end - before;
                    return true;
                }
            }

            if (Words.StartsWordAt(text, i))
            {
                var end = numberEnd < text.Length && Symbols.Contains(text[numberEnd])
                    ? numberEnd + 1
                    : Words.MatchAny(text, numberEnd, s_wordsAfter);
                var spaced = SkipGroupSpaces(text, numberEnd);
                if (end < 0 && spaced > numberEnd && spaced < text.Length && spaced - numberEnd <= 2 && text[spaced] is not ('k' or 'K'))
                {
                    end = Symbols.Contains(text[spaced]) ? spaced + 1 : Words.MatchAny(text, spaced, s_wordsAfter);
                }

                if (end >= 0)
                {
                    start = i;
                    length = end - i;
                    return true;
                }
            }

            // Go on after the number: a digit inside it (after a group space) would start the same number again, and
            // re-reading a long run of "1 000 000 …" from each group would take quadratic time.
            i = numberEnd - 1;
        }

        start = length = 0;
        return false;
    }

    /// <summary>Where the amount starts if a currency symbol or code precedes the number at <paramref name="digit"/>; otherwise -1.</summary>
    private static int AmountStart(ReadOnlySpan<char> text, int digit)
    {
        var j = digit;
        while (j > 0 && j > digit - 2 && text[j - 1] == ' ')
        {
            j--;
        }

        if (j > 0 && Symbols.Contains(text[j - 1]))
        {
            return j - 1;
        }

        // A three-letter code, directly or one space before the number: "USD 500", "gbp200".
        var codeEnd = digit > 0 && text[digit - 1] == ' ' ? digit - 1 : digit;
        var codeStart = codeEnd - 3;
        return codeStart >= 0 && Words.StartsWordAt(text, codeStart) && Words.IsOneOf(text, codeStart, codeEnd, s_codesBefore)
            ? codeStart
            : -1;
    }

    /// <summary>
    /// Skips a number with thousands separators and decimals: 4,000 · 50.000 · 199.99 · 2 000 · 1 500,50. A space groups
    /// thousands only after one to three digits, or another such group, and before exactly three.
    /// </summary>
    private static int SkipNumber(ReadOnlySpan<char> text, int index)
    {
        var end = Words.SkipDigits(text, index);
        var spaceGroups = end - index <= 3;
        while (true)
        {
            if (end + 1 < text.Length && text[end] is ',' or '.' && char.IsAsciiDigit(text[end + 1]))
            {
                end = Words.SkipDigits(text, end + 1);
                spaceGroups = false;
            }
            else if (spaceGroups && end < text.Length && IsGroupSpace(text[end]) && Words.SkipDigits(text, end + 1) == end + 4)
            {
                end += 4;
            }
            else
            {
                return end;
            }
        }
    }

    /// <summary>The end of the spaces from <paramref name="index"/>, counting those that group thousands too.</summary>
    private static int SkipGroupSpaces(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && (IsGroupSpace(text[index]) || text[index] == '\t'))
        {
            index++;
        }

        return index;
    }

    /// <summary>A space, a no-break space, a narrow no-break space or a thin space (French writes 2 000 € with these).</summary>
    private static bool IsGroupSpace(char c) => c is ' ' or '\u00A0' or '\u202F' or '\u2009';
}
