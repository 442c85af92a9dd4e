using System.Buffers.Binary;

namespace Detector.Rules.Patterns;

/// <summary>Base58Check as used by legacy Bitcoin addresses: 25 bytes, the last 4 the double SHA-256 checksum.</summary>
internal static class Base58Check
{
    private const string Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private const int AddressBytes = 25;
    private const int Limbs = 7;

    /// <summary>Each ASCII character's value in <see cref="Alphabet"/>, or -1.</summary>
    private static readonly sbyte[] s_digitValues = CreateDigitValues();

    /// <summary>Whether <paramref name="text"/> is a Base58Check address with version byte 0 (P2PKH) or 5 (P2SH).</summary>
    public static bool IsValidBitcoinAddress(ReadOnlySpan<char> text)
    {
        if (text.Length is < 26 or > 35)
        {
            return false;
        }

        var leadingOnes = 0;
        while (leadingOnes < text.Length && text[leadingOnes] == '1')
        {
            leadingOnes++;
        }

        // The number, big-endian in 32-bit limbs: 7 limbs hold 224 bits, more than 35 digits can reach
        // (58^35 < 2^206), so it overflows 25 bytes exactly when the top limb exceeds one byte at the end.
        Span<uint> limbs = stackalloc uint[Limbs];
        limbs.Clear();
        foreach (var c in text)
        {
            var digit = c < s_digitValues.Length ? s_digitValues[c] : -1;
            if (digit < 0)
            {
                return false;
            }

            var carry = (ulong)digit;
            for (var l = Limbs - 1; l >= 0; l--)
            {
                carry += limbs[l] * 58UL;
                limbs[l] = (uint)carry;
                carry >>= 32;
            }
        }

        if (limbs[0] > byte.MaxValue)
        {
            return false;
        }

        Span<byte> bytes = stackalloc byte[AddressBytes];
        bytes[0] = (byte)limbs[0];
        for (var l = 1; l < Limbs; l++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(bytes[(1 + ((l - 1) * 4))..], limbs[l]);
        }

        var leadingZeros = bytes.IndexOfAnyExcept((byte)0);
        if ((leadingZeros < 0 ? AddressBytes : leadingZeros) != leadingOnes || bytes[0] is not (0 or 5))
        {
            return false;
        }

        Span<byte> hash = stackalloc byte[SingleBlockSha256.HashLength];
        SingleBlockSha256.HashData(bytes[..21], hash);
        SingleBlockSha256.HashData(hash, hash);
        return hash[..4].SequenceEqual(bytes[21..]);
    }

    private static sbyte[] CreateDigitValues()
    {
        var values = new sbyte[128];
        values.AsSpan().Fill(-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            values[Alphabet[i]] = (sbyte)i;
        }

        return values;
    }
}
