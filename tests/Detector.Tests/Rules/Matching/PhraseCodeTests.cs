using Detector.Rules.Matching;

namespace Detector.Tests.Rules.Matching;

/// <summary>The flat phrase layout reads back what was written, and refuses to outgrow its array.</summary>
public class PhraseCodeTests
{
    private static readonly WordSlot[] s_rest = [new([7, 9], 0, 0), new([], 1, 3), new([4], 0, 0)];

    [Fact]
    public void ReadsBackTheSlotsWritten()
    {
        var code = new List<int> { 42 };
        var at = PhraseCode.Write(code, keyWords: 2, s_rest);

        var slots = PhraseCode.Read([.. code], at, out var keyWords);

        Assert.Equal(1, at);
        Assert.Equal(2, keyWords);
        var next = PhraseCode.ReadSlot(slots, 0, out var symbols, out _, out _);
        Assert.Equal([7, 9], symbols.ToArray());
        next = PhraseCode.ReadSlot(slots, next, out symbols, out var minGap, out var maxGap);
        Assert.True(symbols.IsEmpty);
        Assert.Equal((1, 3), (minGap, maxGap));
        next = PhraseCode.ReadSlot(slots, next, out symbols, out _, out _);
        Assert.Equal([4], symbols.ToArray());
        Assert.Equal(slots.Length, next);
    }

    [Fact]
    public void RefusesCodeBeyondItsLimit()
    {
        // Header 2 + word slot 3 + gap 3 + word slot 2 = 10 ints.
        var code = new List<int>();
        PhraseCode.Write(code, keyWords: 1, s_rest, maxLength: 10);

        var ex = Assert.Throws<InvalidOperationException>(() => PhraseCode.Write(code, keyWords: 1, s_rest, maxLength: 19));

        Assert.Contains("split or shorten the pack", ex.Message);
        Assert.Equal(10, code.Count);
    }
}
