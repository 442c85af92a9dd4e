using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Detector.Evidence;

/// <summary>
/// The JSON Canonicalization Scheme of RFC 8785 (JCS): the one byte sequence for a JSON value, whatever its
/// formatting, so that hashes of it can be recomputed by anyone. Object members sorted by name (UTF-16 code units),
/// no whitespace, strings with minimal escaping, numbers as ECMAScript prints them, all in UTF-8.
/// </summary>
internal static class JsonCanonicalizer
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The canonical UTF-8 bytes of <paramref name="value"/>, leaving out the top-level member <paramref name="omit"/> if given.</summary>
    /// <exception cref="FormatException">A number is not finite, or a string is not valid Unicode.</exception>
    public static byte[] Canonicalize(JsonElement value, string? omit = null)
    {
        var text = new StringBuilder();
        Write(text, value, omit);
        return ToUtf8(text);
    }

    /// <summary>The UTF-8 bytes of canonical JSON text built with <see cref="WriteString"/>.</summary>
    /// <exception cref="FormatException">The text is not valid Unicode.</exception>
    public static byte[] ToUtf8(StringBuilder text)
    {
        try
        {
            return s_strictUtf8.GetBytes(text.ToString());
        }
        catch (EncoderFallbackException ex)
        {
            throw new FormatException("A string is not valid Unicode (it holds a lone surrogate).", ex);
        }
    }

    /// <summary>Appends <paramref name="value"/> as a canonical JSON string.</summary>
    public static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => text.Append("\\\""),
                '\\' => text.Append("\\\\"),
                '\b' => text.Append("\\b"),
                '\t' => text.Append("\\t"),
                '\n' => text.Append("\\n"),
                '\f' => text.Append("\\f"),
                '\r' => text.Append("\\r"),
                < ' ' => text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)),
                _ => text.Append(c),
            };
        }

        text.Append('"');
    }

    /// <summary>Formats <paramref name="value"/> as ECMAScript's <c>Number.prototype.toString</c> does (RFC 8785 section 3.2.2.3).</summary>
    public static string FormatNumber(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new FormatException("JSON numbers must be finite.");
        }

        if (value == 0)
        {
            return "0"; // also for -0
        }

        // .NET's round-trip format gives the shortest digits that read back as the same double, as ECMAScript requires;
        // only the layout differs. Take the digits d1…dk and the exponent n with value = 0.d1…dk × 10^n.
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var e = roundTrip.IndexOf('E', StringComparison.Ordinal);
        var mantissa = e < 0 ? roundTrip : roundTrip[..e];
        var exponent = e < 0 ? 0 : int.Parse(roundTrip.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var point = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = point < 0 ? mantissa : string.Concat(mantissa.AsSpan(0, point), mantissa.AsSpan(point + 1));
        var n = (point < 0 ? mantissa.Length : point) + exponent;
        var significant = digits.TrimStart('0');
        n -= digits.Length - significant.Length;
        digits = significant.TrimEnd('0');
        var k = digits.Length;

        var sign = value < 0 ? "-" : "";
        if (k <= n && n <= 21)
        {
            return sign + digits + new string('0', n - k);
        }

        if (0 < n && n <= 21)
        {
            return $"{sign}{digits[..n]}.{digits[n..]}";
        }

        if (-6 < n && n <= 0)
        {
            return $"{sign}0.{new string('0', -n)}{digits}";
        }

        var shown = k == 1 ? digits : $"{digits[0]}.{digits[1..]}";
        return $"{sign}{shown}e{(n - 1 < 0 ? '-' : '+')}{Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture)}";
    }

    private static void Write(StringBuilder text, JsonElement value, string? omit = null)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var members = value.EnumerateObject()
                    .Where(member => member.Name != omit)
                    .OrderBy(member => member.Name, StringComparer.Ordinal)
                    .ToList();
                text.Append('{');
                for (var i = 0; i < members.Count; i++)
                {
                    text.Append(i == 0 ? "" : ",");
                    WriteString(text, members[i].Name);
                    text.Append(':');
                    Write(text, members[i].Value);
                }

                text.Append('}');
                break;
            case JsonValueKind.Array:
                text.Append('[');
                var first = true;
                foreach (var item in value.EnumerateArray())
                {
                    text.Append(first ? "" : ",");
                    first = false;
                    Write(text, item);
                }

                text.Append(']');
                break;
            case JsonValueKind.String:
                WriteString(text, value.GetString()!);
                break;
            case JsonValueKind.Number:
                text.Append(FormatNumber(value.TryGetDouble(out var number) ? number : double.NaN));
                break;
            case JsonValueKind.True:
                text.Append("true");
                break;
            case JsonValueKind.False:
                text.Append("false");
                break;
            default:
                text.Append("null");
                break;
        }
    }
}
