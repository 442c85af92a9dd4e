using Detector.Normalization;

namespace Detector.Tests.Normalization;

public class CharacterFoldingsTests
{
    [Fact]
    public void The_one_char_table_agrees_with_the_general_folding_for_every_character()
    {
        var served = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            var single = CharacterFoldings.FoldSingle((char)c);
            if (single == CharacterFoldings.NotSingle)
            {
                continue;
            }

            served++;
            Assert.False(char.IsSurrogate((char)c));
            var folding = CharacterFoldings.Fold(c);
            var expected = folding.Kind switch
            {
                CharacterFoldingKind.Separator => CharacterFoldings.AsciiSeparator,
                CharacterFoldingKind.Removed => CharacterFoldings.AsciiRemoved,
                CharacterFoldingKind.WordPart or CharacterFoldingKind.LeetSymbol when folding.Text.Length == 1 => folding.Text[0],
                _ => CharacterFoldings.NotSingle,
            };
            Assert.True(expected == single, $"U+{c:X4}: table {(int)single:X4}, folding {folding}");
        }

        // All of ASCII, and the letters of the scripts look-alikes come from, are served from the table.
        Assert.True(served > 10_000, $"{served} characters served from the table");
        Assert.Equal('a', CharacterFoldings.FoldSingle('\u0430')); // Cyrillic а
        Assert.Equal('s', CharacterFoldings.FoldSingle('ｓ'));
        Assert.Equal('e', CharacterFoldings.FoldSingle('é'));
        Assert.Equal(CharacterFoldings.NotSingle, CharacterFoldings.FoldSingle('ﬁ'));
    }
}
