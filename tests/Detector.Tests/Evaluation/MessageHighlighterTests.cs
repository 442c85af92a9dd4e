using Detector.Training.Evaluation;

namespace Detector.Tests.Evaluation;

public sealed class MessageHighlighterTests
{
    [Fact]
    public void Wraps_each_span_in_the_markers()
    {
        var text = MessageHighlighter.Highlight("pay £200 or everyone sees it", [(0, 8), (12, 8)], MessageHighlighter.Brackets);

        Assert.Equal("[[pay £200]] or [[everyone]] sees it", text);
    }

    [Fact]
    public void Overlapping_and_touching_spans_merge_so_markers_never_nest()
    {
        Assert.Equal("[[abcdef]]gh", MessageHighlighter.Highlight("abcdefgh", [(2, 4), (0, 3), (3, 1)], MessageHighlighter.Brackets));
        Assert.Equal("[[abcd]]", MessageHighlighter.Highlight("abcd", [(0, 2), (2, 2)], MessageHighlighter.Brackets));
    }

    [Fact]
    public void Spans_outside_the_text_are_clamped_and_empty_ones_ignored()
    {
        Assert.Equal("ab[[cd]]", MessageHighlighter.Highlight("abcd", [(2, 50), (9, 3), (1, 0)], MessageHighlighter.Brackets));
        Assert.Equal("plain", MessageHighlighter.Highlight("plain", [], MessageHighlighter.Brackets));
    }

    [Fact]
    public void Terminal_markers_are_ansi_colour_codes()
    {
        Assert.Equal("a\u001b[1;31mb\u001b[0m", MessageHighlighter.Highlight("ab", [(1, 1)], MessageHighlighter.AnsiColour));
    }
}
