namespace Detector.Rules.Patterns;

/// <summary>Bech32 (BIP-173) and bech32m (BIP-350) checksums, and segwit address validation.</summary>
internal static class Bech32
{
    private const string Charset = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
    private const uint Bech32Constant = 1;
    private const uint Bech32mConstant = 0x2bc830a3;
    private const int MaxLength = 90;

    /// <summary>Which checksum a string carries.</summary>
    public enum Encoding
    {
        /// <summary>Not valid bech32 or bech32m.</summary>
        Invalid,

        /// <summary>BIP-173 bech32.</summary>
        Bech32,

        /// <summary>BIP-350 bech32m.</summary>
        Bech32m,
    }

    /// <summary>Checks a bech32/bech32m string (human-readable part, '1', data, 6-character checksum).</summary>
    public static Encoding Verify(ReadOnlySpan<char> text, out int separator)
    {
        separator = text.Length > MaxLength ? -1 : text.LastIndexOf('1');
        if (separator < 1 || separator + 7 > text.Length)
        {
            return Encoding.Invalid;
        }

        bool hasLower = false, hasUpper = false;
        foreach (var c in text)
        {
            if (c is < (char)33 or > (char)126)
            {
                return Encoding.Invalid;
            }

            hasLower |= char.IsAsciiLetterLower(c);
            hasUpper |= char.IsAsciiLetterUpper(c);
        }

        if (hasLower && hasUpper)
        {
            return Encoding.Invalid;
        }

        uint checksum = 1;
        for (var i = 0; i < separator; i++)
        {
            checksum = PolyMod(checksum, (uint)(char.ToLowerInvariant(text[i]) >> 5));
        }

        checksum = PolyMod(checksum, 0);
        for (var i = 0; i < separator; i++)
        {
            checksum = PolyMod(checksum, (uint)(char.ToLowerInvariant(text[i]) & 31));
        }

        for (var i = separator + 1; i < text.Length; i++)
        {
            var value = Charset.IndexOf(char.ToLowerInvariant(text[i]), StringComparison.Ordinal);
            if (value < 0)
            {
                return Encoding.Invalid;
            }

            checksum = PolyMod(checksum, (uint)value);
        }

        return checksum switch
        {
            Bech32Constant => Encoding.Bech32,
            Bech32mConstant => Encoding.Bech32m,
            _ => Encoding.Invalid,
        };
    }

    /// <summary>Whether <paramref name="text"/> is a valid segwit address for Bitcoin main net (bc) or test net (tb).</summary>
    public static bool IsValidSegwitAddress(ReadOnlySpan<char> text)
    {
        var encoding = Verify(text, out var separator);
        if (encoding == Encoding.Invalid || separator != 2
            || !(text[..2].Equals("bc", StringComparison.OrdinalIgnoreCase) || text[..2].Equals("tb", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var data = text[(separator + 1)..^6];
        if (data.Length == 0)
        {
            return false;
        }

        var version = Charset.IndexOf(char.ToLowerInvariant(data[0]), StringComparison.Ordinal);
        if (version > 16 || (version == 0) != (encoding == Encoding.Bech32))
        {
            return false;
        }

        // Regroup the 5-bit program into bytes: at most 4 bits of zero padding may remain.
        int accumulator = 0, bits = 0, bytes = 0;
        foreach (var c in data[1..])
        {
            accumulator = ((accumulator << 5) | Charset.IndexOf(char.ToLowerInvariant(c), StringComparison.Ordinal)) & 0xFFF;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes++;
            }
        }

        if (bits > 4 || (accumulator & ((1 << bits) - 1)) != 0)
        {
            return false;
        }

        return bytes is >= 2 and <= 40 && (version != 0 || bytes is 20 or 32);
    }

    private static uint PolyMod(uint checksum, uint value)
    {
        var top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ value;
        if ((top & 1) != 0) checksum ^= 0x3b6a57b2;
        if ((top & 2) != 0) checksum ^= 0x26508e6d;
        if ((top & 4) != 0) checksum ^= 0x1ea119fa;
        if ((top & 8) != 0) checksum ^= 0x3d4233dd;
        if ((top & 16) != 0) checksum ^= 0x2a1462b3;
        return checksum;
    }
}
