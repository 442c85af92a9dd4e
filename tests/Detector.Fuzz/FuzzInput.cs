using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using Detector.Conversations;

namespace Detector.Fuzz;

/// <summary>How the targets turn fuzzer bytes into text and messages.</summary>
public static class FuzzInput
{
    private static readonly DateTimeOffset s_start = new(2026, 3, 1, 20, 0, 0, TimeSpan.Zero);
    private static readonly int s_kindCount = Enum.GetValues<MessageKind>().Length;

    /// <summary>
    /// The two readings of the bytes as text: UTF-8 (invalid sequences become U+FFFD, as a platform decoding them
    /// would) and raw UTF-16 little-endian code units (lone surrogates kept, as a .NET string can hold them).
    /// </summary>
    public static string[] Texts(byte[] input) =>
        [Encoding.UTF8.GetString(input), new string(MemoryMarshal.Cast<byte, char>(input.AsSpan(0, input.Length & ~1)))];

    /// <summary>
    /// Splits the bytes into messages, one per line (UTF-8): <c>sender TAB text</c>, or just <c>text</c> from
    /// <c>u1</c> and <c>u2</c> in turn; a text starting with <c>!</c> and one more character has the kind that
    /// character picks; <c>\uXXXX</c> stands for that UTF-16 code unit, as in JSON, so senders and texts can hold lone
    /// surrogates as the conversation reader lets them through. Timestamps are a minute apart, jittered (so some run
    /// backwards), and missing on some lines.
    /// </summary>
    public static List<Message> Messages(byte[] input, int maxMessages)
    {
        var messages = new List<Message>();
        var lines = Encoding.UTF8.GetString(input).Split('\n');
        for (var i = 0; i < lines.Length && messages.Count < maxMessages; i++)
        {
            var line = lines[i];
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var from = tab > 0 ? line[..tab] : i % 2 == 0 ? "u1" : "u2";
            var text = tab > 0 ? line[(tab + 1)..] : line;
            var kind = MessageKind.Text;
            if (text.Length >= 2 && text[0] == '!')
            {
                kind = (MessageKind)(text[1] % s_kindCount);
                text = text[2..];
            }

            DateTimeOffset? at = line.Length % 5 == 4 ? null : s_start.AddSeconds((i * 60) + ((line.Length % 7) - 3) * 45);
            messages.Add(new Message(Unescape(from), Unescape(text), kind, at));
        }

        return messages;
    }

    private static string Unescape(string text)
    {
        if (!text.Contains("\\u", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u'
                && ushort.TryParse(text.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                builder.Append((char)unit);
                i += 5;
            }
            else
            {
                builder.Append(text[i]);
            }
        }

        return builder.ToString();
    }
}
