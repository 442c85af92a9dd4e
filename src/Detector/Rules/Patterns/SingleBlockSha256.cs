using System.Buffers.Binary;
using System.Numerics;

namespace Detector.Rules.Patterns;

/// <summary>
/// SHA-256 (FIPS 180-4) of a message that fits in one 64-byte block, that is at most 55 bytes, in managed code.
/// </summary>
/// <remarks>
/// Base58Check hashes 21 bytes and then the 32-byte digest, each a single block. Through
/// <see cref="System.Security.Cryptography.SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> each call crosses into
/// the platform's crypto library, whose set-up costs more than the one compression the message needs: the pair took
/// 1.11 µs there against 0.58 µs here (<c>AddressChecksumBenchmarks</c>, benchmarks/RESULTS.md). Used only to check
/// address checksums, never for anything secret; the tests compare it with <c>SHA256.HashData</c> on every length it
/// accepts.
/// </remarks>
internal static class SingleBlockSha256
{
    /// <summary>The longest message that fits one block with its padding: 64 bytes less the 0x80 byte and the 8-byte length.</summary>
    public const int MaxLength = 55;

    /// <summary>The length of a digest in bytes.</summary>
    public const int HashLength = 32;

    private static ReadOnlySpan<uint> InitialHash =>
    [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ];

    private static ReadOnlySpan<uint> RoundConstants =>
    [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ];

    /// <summary>Writes the SHA-256 digest of <paramref name="source"/> to <paramref name="destination"/>; the two may overlap.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is longer than <see cref="MaxLength"/> bytes.</exception>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than <see cref="HashLength"/> bytes.</exception>
    public static void HashData(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(source.Length, MaxLength, nameof(source));
        if (destination.Length < HashLength)
        {
            throw new ArgumentException($"The destination must hold {HashLength} bytes.", nameof(destination));
        }

        Span<byte> block = stackalloc byte[64];
        block.Clear();
        source.CopyTo(block);
        block[source.Length] = 0x80;
        BinaryPrimitives.WriteUInt64BigEndian(block[56..], (ulong)source.Length * 8);

        Span<uint> schedule = stackalloc uint[64];
        for (var i = 0; i < 16; i++)
        {
            schedule[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(i * 4)..]);
        }

        for (var i = 16; i < 64; i++)
        {
            var w15 = schedule[i - 15];
            var w2 = schedule[i - 2];
            var sigma0 = BitOperations.RotateRight(w15, 7) ^ BitOperations.RotateRight(w15, 18) ^ (w15 >> 3);
            var sigma1 = BitOperations.RotateRight(w2, 17) ^ BitOperations.RotateRight(w2, 19) ^ (w2 >> 10);
            schedule[i] = schedule[i - 16] + sigma0 + schedule[i - 7] + sigma1;
        }

        var initial = InitialHash;
        uint a = initial[0], b = initial[1], c = initial[2], d = initial[3];
        uint e = initial[4], f = initial[5], g = initial[6], h = initial[7];
        var constants = RoundConstants;
        for (var i = 0; i < 64; i++)
        {
            var sum1 = BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25);
            var choice = (e & f) ^ (~e & g);
            var temp1 = h + sum1 + choice + constants[i] + schedule[i];
            var sum0 = BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22);
            var majority = (a & b) ^ (a & c) ^ (b & c);
            h = g;
            g = f;
            f = e;
            e = d + temp1;
            d = c;
            c = b;
            b = a;
            a = temp1 + sum0 + majority;
        }

        ReadOnlySpan<uint> state = [a, b, c, d, e, f, g, h];
        for (var i = 0; i < 8; i++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(destination[(i * 4)..], initial[i] + state[i]);
        }
    }
}
