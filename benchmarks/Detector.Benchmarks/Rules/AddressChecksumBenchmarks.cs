using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Detector.Rules.Patterns;

namespace Detector.Benchmarks.Rules;

/// <summary>
/// The double SHA-256 of a Base58Check address (21 bytes, then the 32-byte digest): the platform's
/// <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> (the baseline) against the managed single-block
/// hash the address scanner uses, and the whole address check.
/// </summary>
[MemoryDiagnoser]
public class AddressChecksumBenchmarks
{
    private const string Address = "1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2";

    private readonly byte[] _payload = Convert.FromHexString("0077bff20c60e522dfaa3350c39b030a5d004e839a");
    private readonly byte[] _hash = new byte[SingleBlockSha256.HashLength];

    [Benchmark(Baseline = true)]
    public byte PlatformSha256_Twice()
    {
        SHA256.HashData(_payload, _hash);
        SHA256.HashData(_hash, _hash);
        return _hash[0];
    }

    [Benchmark]
    public byte SingleBlockSha256_Twice()
    {
        SingleBlockSha256.HashData(_payload, _hash);
        SingleBlockSha256.HashData(_hash, _hash);
        return _hash[0];
    }

    [Benchmark]
    public bool Base58Check_Address() => Base58Check.IsValidBitcoinAddress(Address);
}
