using System.Text;
using System.Text.Json;
using Detector.Evidence;

namespace Detector.Tests.Evidence;

public class JsonCanonicalizerTests
{
    private static string Canonical(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(document.RootElement));
    }

    // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
    [Theory]
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0xffefffffffffffffUL, "-1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0xc340000000000000UL, "-9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef4fUL, "999999999999999900000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555555UL, "333333333.3333333")]
    [InlineData(0x41b3de4355555556UL, "333333333.3333334")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void Numbers_are_formatted_as_rfc_8785_appendix_b_says(ulong bits, string expected)
    {
        Assert.Equal(expected, JsonCanonicalizer.FormatNumber(BitConverter.UInt64BitsToDouble(bits)));
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Non_finite_numbers_are_refused(double value)
    {
        Assert.Throws<FormatException>(() => JsonCanonicalizer.FormatNumber(value));
    }

    [Fact]
    public void The_rfc_sample_canonicalizes_to_the_published_output()
    {
        const string input = """
            {
              "numbers": [1E30, 4.50, 6, 2e-3, 0.000000000000000000000000001],
              "escaping": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "other":  [null, true, false]
            }
            """;

        Assert.Equal(
            """{"escaping":"€$\u000f\nA'B\"\\\\\"/","numbers":[1e+30,4.5,6,0.002,1e-27],"other":[null,true,false]}""",
            Canonical(input));
    }

    [Fact]
    public void Members_are_sorted_by_utf16_code_units_not_code_points()
    {
        const string input = """
            {"\u20ac":"Euro Sign","\r":"Carriage Return","\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",
             "\ud83d\ude00":"Emoji: Grinning Face","\u0080":"Control","\u00f6":"Latin Small Letter O With Diaeresis"}
            """;

        using var document = JsonDocument.Parse(Canonical(input));
        Assert.Equal(
            ["Carriage Return", "One", "Control", "Latin Small Letter O With Diaeresis", "Euro Sign", "Emoji: Grinning Face", "Hebrew Letter Dalet With Dagesh"],
            document.RootElement.EnumerateObject().Select(member => member.Value.GetString()));
    }

    [Fact]
    public void Formatting_and_escaping_do_not_change_the_canonical_form()
    {
        Assert.Equal(
            Canonical("""{"b":[1,2],"a":"caf\u00e9 \u00a3200"}"""),
            Canonical("""
                {
                    "a" : "café £200",
                    "b" : [ 1.0, 2e0 ]
                }
                """));
    }

    [Fact]
    public void A_top_level_member_can_be_left_out()
    {
        using var document = JsonDocument.Parse("""{"digest":"x","a":{"digest":"kept"}}""");

        Assert.Equal("""{"a":{"digest":"kept"}}""", Encoding.UTF8.GetString(JsonCanonicalizer.Canonicalize(document.RootElement, omit: "digest")));
    }
}
