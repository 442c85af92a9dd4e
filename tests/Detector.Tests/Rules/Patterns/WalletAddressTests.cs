using Detector.Rules.Patterns;

namespace Detector.Tests.Rules.Patterns;

/// <summary>Checksum validators against the published test vectors (BIP-173, BIP-350) and known addresses.</summary>
public class WalletAddressTests
{
    [Theory] // BIP-173 valid bech32 strings
    [InlineData("A12UEL5L")]
    [InlineData("a12uel5l")]
    [InlineData("an83characterlonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1tt5tgs")]
    [InlineData("abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw")]
    [InlineData("11qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqc8247j")]
    [InlineData("split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w")]
    [InlineData("?1ezyfcl")]
    public void Bip173_valid_checksums(string text) => Assert.Equal(Bech32.Encoding.Bech32, Bech32.Verify(text, out _));

    [Theory] // BIP-350 valid bech32m strings
    [InlineData("A1LQFN3A")]
    [InlineData("a1lqfn3a")]
    [InlineData("abcdef1l7aum6echk45nj3s0wdvt2fg8x9yrzpqzd3ryx")]
    [InlineData("split1checkupstagehandshakeupstreamerranterredcaperredlc445v")]
    [InlineData("?1v759aa")]
    public void Bip350_valid_checksums(string text) => Assert.Equal(Bech32.Encoding.Bech32m, Bech32.Verify(text, out _));

    [Theory] // BIP-173 invalid bech32 strings
    [InlineData("an84characterslonghumanreadablepartthatcontainsthenumber1andtheexcludedcharactersbio1569pvx")] // too long
    [InlineData("pzry9x0s0muk")] // no separator
    [InlineData("1pzry9x0s0muk")] // empty human-readable part
    [InlineData("x1b4n0q5v")] // invalid data character
    [InlineData("li1dgmt3")] // checksum too short
    [InlineData("A1G7SGD8")] // checksum computed with the upper-case human-readable part
    [InlineData("10a06t8")]
    [InlineData("1qzzfhee")]
    public void Bip173_invalid_strings(string text) => Assert.Equal(Bech32.Encoding.Invalid, Bech32.Verify(text, out _));

    [Theory] // BIP-173 / BIP-350 valid segwit addresses (Bitcoin main net and test net)
    [InlineData("BC1QW508D6QEJXTDG4Y5R3ZARVARY0C5XW7KV8F3T4")]
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sl5k7")]
    [InlineData("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kt5nd6y")]
    [InlineData("BC1SW50QGDZ25J")]
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvaxxpcs")]
    [InlineData("tb1qqqqqp399et2xygdj5xreqhjjvcmzhxw4aywxecjdzew6hylgvsesrxh6hy")]
    [InlineData("bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0")]
    public void Valid_segwit_addresses(string address) => Assert.True(Bech32.IsValidSegwitAddress(address));

    [Theory] // BIP-173 / BIP-350 invalid segwit addresses
    [InlineData("tc1qw508d6qejxtdg4y5r3zarvary0c5xw7kg3g4ty")] // unknown human-readable part
    [InlineData("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t5")] // bad checksum
    [InlineData("BC13W508D6QEJXTDG4Y5R3ZARVARY0C5XW7KN40WF2")] // invalid witness version
    [InlineData("bc1rw5uspcuh")] // program too short
    [InlineData("bc10w508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7kw5rljs90")] // program too long
    [InlineData("BC1QR508D6QEJXTDG4Y5R3ZARVARYV98GJ9P")] // wrong program length for version 0
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3q0sL5k7")] // mixed case
    [InlineData("bc1zw508d6qejxtdg4y5r3zarvaryvqyzf3du")] // more than 4 padding bits
    [InlineData("tb1qrp33g0q5c5txsp9arysrx4k6zdkfs4nce4xj0gdcccefvpysxf3pjxtptv")] // non-zero padding
    [InlineData("bc1gmk9yu")] // empty data
    [InlineData("bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx")] // version 1 with a bech32 checksum (BIP-350)
    public void Invalid_segwit_addresses(string address) => Assert.False(Bech32.IsValidSegwitAddress(address));

    [Theory]
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", true)] // P2PKH
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", true)] // P2SH
    [InlineData("1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", true)] // the genesis block address
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", false)] // last character changed
    [InlineData("1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVNO", false)] // not Base58 (O)
    [InlineData("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNL", false)] // truncated
    public void Base58Check_addresses(string address, bool valid) => Assert.Equal(valid, Base58Check.IsValidBitcoinAddress(address));

    [Theory]
    [InlineData("my wallet is bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4 ok", "bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4")]
    [InlineData("send to 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy.", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy")]
    [InlineData("no address here 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", null)]
    public void Scanner_finds_valid_addresses_only(string text, string? expected) =>
        Assert.Equal(expected, Find(BuiltInPattern.BtcAddress, text));

    [Theory]
    [InlineData("eth: 0x52908400098527886E0F7030069857D2E4169EE7 thanks", "0x52908400098527886E0F7030069857D2E4169EE7")]
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE", null)] // 39 digits
    [InlineData("0x52908400098527886E0F7030069857D2E4169EE77", null)] // 41 digits
    public void Ethereum_addresses(string text, string? expected) => Assert.Equal(expected, Find(BuiltInPattern.EthAddress, text));

    internal static string? Find(BuiltInPattern pattern, string text) =>
        PatternScanner.TryFind(pattern, text, out var start, out var length) ? text.Substring(start, length) : null;
}
