using CsCheck;
using Detector.Conversations;
using Detector.Normalization;
using Detector.Rules;

namespace Detector.Tests.Normalization;

public class TextNormalizerPropertyTests
{
    /// <summary>Characters that exercise every normalisation step, including both halves of a surrogate pair on their own.</summary>
    private const string Tricky = "pay PAY I l 1 0 3 4 5 7 @ $ . - ' ’ \u200B \u202E é e\u0301 ｐ а у ρ 𝐩 💰 📹 ﬁ ß ı ğ 中 \uD83D \uDCB0 \t\n";

    private static readonly Gen<string> s_anyText = Gen.Char.Array[0, 120].Select(chars => new string(chars));
    private static readonly Gen<string> s_trickyText = Gen.OneOf(
        Gen.Char[Tricky].Array[0, 120].Select(chars => new string(chars)),
        Gen.String[Gen.Char[Tricky], 0, 120]);

    [Fact]
    public void Never_throws_and_offsets_stay_inside_the_original() =>
        Gen.OneOf(s_anyText, s_trickyText).Sample(text =>
        {
            var normalized = new NormalizedText(4);
            TextNormalizer.Normalize(text, normalized);
            var chars = normalized.Chars;
            Assert.True(chars.Length >= 1 && chars[0] == ' ' && chars[^1] == ' ');
            Assert.DoesNotContain("  ", normalized.ToString(), StringComparison.Ordinal);
            for (var i = 0; i < chars.Length; i++)
            {
                Assert.InRange(normalized.OriginalStart(i), 0, text.Length);
                Assert.InRange(normalized.OriginalEnd(i), normalized.OriginalStart(i), text.Length);
            }
        }, iter: 5_000);

    /// <summary>
    /// The ASCII fast path folds blocks of plain letters and spaces (<see cref="PlainLetterBlock"/>) or single
    /// characters, depending on where the blocks fall: the result must be the same wherever they fall. A prefix word
    /// of 2–9 letters, the first non-ASCII (where the fast path starts again), shifts the text against the blocks.
    /// </summary>
    [Fact]
    public void Does_not_depend_on_where_the_fast_path_blocks_fall() =>
        Gen.Select(Gen.Char["abcdefgh ABCDEFGH I 1$'.,  "].Array[0, 80].Select(chars => new string(chars)), Gen.Int[1, 8])
            .Sample((text, shift) =>
            {
                var prefix = "é" + "qwertyuio"[..shift] + " ";
                var alone = new NormalizedText(4);
                var shifted = new NormalizedText(4);
                TextNormalizer.Normalize(text, alone);
                TextNormalizer.Normalize(prefix + text, shifted);
                var prefixWord = " e" + "qwertyuio"[..shift];
                Assert.Equal(prefixWord + alone, shifted.ToString());
                for (var i = 1; i < alone.Length; i++)
                {
                    Assert.Equal(alone.OriginalStart(i) + prefix.Length, shifted.OriginalStart(prefixWord.Length + i));
                    Assert.Equal(alone.OriginalEnd(i) + prefix.Length, shifted.OriginalEnd(prefixWord.Length + i));
                }
            }, iter: 5_000);

    [Fact]
    public void Is_idempotent() =>
        Gen.OneOf(s_anyText, s_trickyText).Sample(text =>
        {
            var once = TextNormalizer.Normalize(text);
            Assert.Equal(once, TextNormalizer.Normalize(once));
        }, iter: 5_000);

    [Fact]
    public void Match_spans_always_lie_inside_the_original() =>
        Gen.OneOf(s_anyText, s_trickyText, Gen.Char["send it to your family pay me now £200 I'm 15 ı1$"].Array[0, 200].Select(c => new string(c)))
            .Sample(text =>
            {
                var engine = RuleEngine.Default;
                var matches = new RuleMatch[engine.Rules.Count];
                var count = engine.Match(text, MessageKind.Text, matches);
                foreach (var match in matches.AsSpan(0, count))
                {
                    Assert.InRange(match.Start, 0, text.Length);
                    Assert.InRange(match.Length, 1, text.Length - match.Start);
                }
            }, iter: 3_000);
}
