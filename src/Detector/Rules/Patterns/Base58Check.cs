using System.Security.Cryptography;

namespace Detector.Rules.Patterns;

/// <summary>Base58Check as used by legacy Bitcoin addresses: 25 bytes, the last 4 the double SHA-256 checksum.</summary>
internal static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int AddressBytes = 25;

    /// <summary>Whether <paramref name="text"/> is a Base58Check address with version byte 0 (P2PKH) or 5 (P2SH).</summary>
    public static bool IsValidBitcoinAddress(ReadOnlySpan<char> text)
    {
        if (text.Length is < 26 or > 35)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[AddressBytes];
        bytes.Clear();
        var leadingOnes = 0;
        while (leadingOnes < text.Length && text[leadingOnes] == '1')
        {
            leadingOnes++;
        }

        foreach (var c in text)
        {
            var carry = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (carry < 0)
            {
                return false;
            }

            for (var b = AddressBytes - 1; b >= 0; b--)
            {
                carry += bytes[b] * 58;
                bytes[b] = (byte)carry;
                carry >>= 8;
            }

            if (carry != 0)
            {
                return false;
            }
        }

        var leadingZeros = bytes.IndexOfAnyExcept((byte)0);
        if ((leadingZeros < 0 ? AddressBytes : leadingZeros) != leadingOnes || bytes[0] is not (0 or 5))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(bytes[..21], hash);
        SHA256.HashData(hash, hash);
        return hash[..4].SequenceEqual(bytes[21..]);
    }
}
