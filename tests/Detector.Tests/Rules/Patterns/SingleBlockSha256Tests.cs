using System.Security.Cryptography;
using System.Text;
using Detector.Rules.Patterns;

namespace Detector.Tests.Rules.Patterns;

/// <summary>The managed single-block SHA-256 behind Base58Check, against the FIPS 180-4 vectors and <see cref="SHA256"/>.</summary>
public class SingleBlockSha256Tests
{
    [Theory] // FIPS 180-4 examples
    [InlineData("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")]
    [InlineData("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void Matches_the_published_vectors(string message, string expectedHex)
    {
        var hash = new byte[SingleBlockSha256.HashLength];

        SingleBlockSha256.HashData(Encoding.ASCII.GetBytes(message), hash);

        Assert.Equal(expectedHex, Convert.ToHexStringLower(hash));
    }

    [Fact]
    public void Matches_the_platform_SHA256_on_every_length_it_accepts()
    {
        var random = new Random(20261207);
        for (var length = 0; length <= SingleBlockSha256.MaxLength; length++)
        {
            for (var trial = 0; trial < 20; trial++)
            {
                var message = new byte[length];
                random.NextBytes(message);
                var hash = new byte[SingleBlockSha256.HashLength];

                SingleBlockSha256.HashData(message, hash);

                Assert.Equal(SHA256.HashData(message), hash);
            }
        }
    }

    [Fact]
    public void Hashes_in_place_when_source_and_destination_are_the_same_bytes()
    {
        var buffer = SHA256.HashData("seed"u8);
        var expected = SHA256.HashData(buffer);

        SingleBlockSha256.HashData(buffer, buffer);

        Assert.Equal(expected, buffer);
    }

    [Fact]
    public void Refuses_a_message_longer_than_one_block()
    {
        var hash = new byte[SingleBlockSha256.HashLength];

        Assert.Throws<ArgumentOutOfRangeException>(() => SingleBlockSha256.HashData(new byte[SingleBlockSha256.MaxLength + 1], hash));
        Assert.Throws<ArgumentException>(() => SingleBlockSha256.HashData([1, 2, 3], new byte[SingleBlockSha256.HashLength - 1]));
    }
}
