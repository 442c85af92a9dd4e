using CsCheck;
using Detector.Normalization;

namespace Detector.Tests.Normalization;

public class WordsToRewriteTests
{
    /// <summary>Text as pass 1 leaves it: words of these characters, single spaces, one space at each end.</summary>
    private static readonly Gen<string> s_passOneText = Gen.String[Gen.Char["aab0134$@x"], 1, 4].Array[0, 40]
        .Select(words => " " + string.Join(' ', words) + (words.Length > 0 ? " " : string.Empty));

    [Fact]
    public void Finds_every_word_pass_two_may_change_and_no_word_before_it() =>
        s_passOneText.Sample(text =>
        {
            var scan = new WordsToRewrite(text);
            var from = 1;
            while (from < text.Length)
            {
                Assert.Equal(FirstToRewrite(text, from), scan.Next(from));
                from = text.IndexOf(' ', from) + 1;
            }
        }, iter: 20_000);

    [Theory]
    [InlineData(" send it now ", -1)]
    [InlineData(" pay 200 at 7 ", -1)]
    [InlineData(" pay 200 p4y ", 9)]
    [InlineData(" i have 10pm ", 8)]
    [InlineData(" send $200 ", 6)]
    [InlineData(" pleeease no ", 1)]
    [InlineData(" ok p a y me ", 4)]
    [InlineData(" ok p a ", -1)]
    public void Finds_the_first_word(string text, int expected)
    {
        var found = new WordsToRewrite(text).Next(1);
        Assert.Equal(expected < 0 ? text.Length : expected, found);
    }

    /// <summary>The specification, word by word: the first word from <paramref name="from"/> pass 2 may change, or the length.</summary>
    private static int FirstToRewrite(string text, int from)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var start = 1;
        for (var w = 0; w < words.Length; w++)
        {
            var word = words[w];
            var leet = word.Any(c => "013457@$".Contains(c)) && word.Any(c => c is '@' or '$' || char.IsLetter(c));
            var run = Enumerable.Range(2, Math.Max(0, word.Length - 2)).Any(i => word[i] == word[i - 1] && word[i] == word[i - 2] && char.IsLetter(word[i]));
            var singles = w + 2 < words.Length && word.Length == 1 && words[w + 1].Length == 1 && words[w + 2].Length == 1;
            if (start >= from && (leet || run || singles))
            {
                return start;
            }

            start += word.Length + 1;
        }

        return text.Length;
    }
}
