using Detector.Normalization;

namespace Detector.Tests.Normalization;

public class TextNormalizerTests
{
    [Theory]
    [InlineData("Send ME the MONEY", " send me the money ")]
    [InlineData("ｓｅｎｄ ｍｅ", " send me ")] // full-width
    [InlineData("рау me", " pay me ")] // Cyrillic р, а, у
    [InlineData("ΡΑΥ me", " pay me ")] // Greek capitals
    [InlineData("p\u200Ba\u200Dy\u202C me", " pay me ")] // zero-width and bidi controls
    [InlineData("p\u200Ba\u200Dy \u202Eem", " pay em pay me ")] // a right-to-left override: as stored, then as displayed
    [InlineData("𝐩𝐚𝐲 me", " pay me ")] // mathematical bold
    [InlineData("paypaI", " paypal ")] // capital I after a lower-case letter
    [InlineData("I paid", " i paid ")] // a capital I at the start of a word stays i
    [InlineData("p4y m3 n0w", " pay me now ")] // leetspeak
    [InlineData("$end it", " send it ")]
    [InlineData("h@ck3d", " hacked ")]
    [InlineData("k1ll", " kıll ")] // 1 stands for i or l
    [InlineData("10pm 5k 24h 9th", " 10pm 5k 24h 9th ")] // numbers with units stay
    [InlineData("1 h4ve th3 v i d e o", " i have the video ")] // with leetspeak, a lone 1 is "I"
    [InlineData("or 1 p0st 1t, 1", " or i post ıt i ")]
    [InlineData("1 hour, 1 more, 10pm", " 1 hour 1 more 10pm ")] // without, a number
    [InlineData("11 h4ve", " 11 have ")] // only a lone 1
    [InlineData("£200", " 200 ")]
    [InlineData("p a y me", " pay me ")] // spaced letters
    [InlineData("p.a.y.p.a.l", " paypal ")] // dotted letters
    [InlineData("a b", " a b ")] // two single letters are words
    [InlineData("pleeeeease", " pleease ")] // runs squeezed to two
    [InlineData("don't tell", " dont tell ")] // apostrophes removed
    [InlineData("don’t tell", " dont tell ")]
    [InlineData("send...it!!now", " send it now ")] // punctuation separates
    [InlineData("écoute", " ecoute ")] // accents removed
    [InlineData("e\u0301coute", " ecoute ")] // combining accent
    [InlineData("ﬁnally", " finally ")] // ligature
    [InlineData("send 💰 now", " send money now ")] // emoji with a meaning
    [InlineData("📹call", " video call ")]
    [InlineData("📸", " photo ")]
    [InlineData("", " ")]
    public void Normalizes(string text, string expected) => Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("Pleeease P.A.Y me 💰 now", "Pleeease", "P.A.Y", "💰")]
    [InlineData("ｐａｙ  h3r3", "ｐａｙ", "h3r3")]
    public void Offsets_map_each_word_back_to_what_was_written(string text, params string[] words)
    {
        var normalized = new NormalizedText();
        TextNormalizer.Normalize(text, normalized);
        var chars = normalized.Chars;
        var found = new List<string>();
        var start = 1;
        for (var i = 1; i < chars.Length; i++)
        {
            if (chars[i] == ' ')
            {
                var (originalStart, length) = normalized.ToOriginal(start, i);
                found.Add(text.Substring(originalStart, length));
                start = i + 1;
            }
        }

        foreach (var word in words)
        {
            Assert.Contains(word, found);
        }
    }

    [Fact]
    public void Reuses_its_buffer_without_allocating()
    {
        var normalized = new NormalizedText();
        const string text = "Hey, you don't know me but I saw your profile 😊 p4y $200 now!!";
        TextNormalizer.Normalize(text, normalized);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            TextNormalizer.Normalize(text, normalized);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
