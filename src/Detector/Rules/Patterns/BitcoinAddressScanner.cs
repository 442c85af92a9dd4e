namespace Detector.Rules.Patterns;

/// <summary>Finds a Bitcoin address whose checksum is valid: Base58Check (1…, 3…) or segwit bech32/bech32m (bc1…, tb1…).</summary>
internal static class BitcoinAddressScanner
{
    public static bool TryFind(ReadOnlySpan<char> text, out int start, out int length)
    {
        var tokens = new Tokens(text);
        // Every valid address has a digit: 1… and 3… (version bytes 0 and 5), and the bech32 separator 1.
        while (tokens.MoveNext(Tokens.Digits))
        {
            var token = tokens.Current;
            if (token.Length >= 14 && tokens.IsWholeWord
                && (Base58Check.IsValidBitcoinAddress(token) || Bech32.IsValidSegwitAddress(token)))
            {
                start = tokens.Start;
                length = token.Length;
                return true;
            }
        }

        start = length = 0;
        return false;
    }
}
