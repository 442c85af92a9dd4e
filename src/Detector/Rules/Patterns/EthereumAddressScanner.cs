using System.Buffers;

namespace Detector.Rules.Patterns;

/// <summary>Finds an Ethereum address: <c>0x</c> followed by exactly 40 hexadecimal digits, as a whole word.</summary>
internal static class EthereumAddressScanner
{
    private static readonly SearchValues<char> s_hexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    public static bool TryFind(ReadOnlySpan<char> text, out int start, out int length)
    {
        var tokens = new Tokens(text);
        // Every address starts with the digit 0.
        while (tokens.MoveNext(Tokens.Digits))
        {
            var token = tokens.Current;
            if (token.Length == 42 && token[0] == '0' && token[1] is 'x' or 'X' && tokens.IsWholeWord
                && !token[2..].ContainsAnyExcept(s_hexDigits))
            {
                start = tokens.Start;
                length = 42;
                return true;
            }
        }

        start = length = 0;
        return false;
    }
}
