using System.Buffers;

namespace Detector.Rules.Patterns;

/// <summary>Walks the maximal runs of ASCII letters and digits of a text, each visited once.</summary>
internal ref struct Tokens(ReadOnlySpan<char> text)
{
    /// <summary>The ASCII digits, for <see cref="MoveNext(SearchValues{char})"/>.</summary>
    public static readonly SearchValues<char> Digits = SearchValues.Create("0123456789");

    private readonly ReadOnlySpan<char> _text = text;
    private int _next;

    public int Start { get; private set; }

    public int End { get; private set; }

    public readonly ReadOnlySpan<char> Current => _text[Start..End];

    public bool MoveNext()
    {
        var i = _next;
        while (i < _text.Length && !char.IsAsciiLetterOrDigit(_text[i]))
        {
            i++;
        }

        if (i >= _text.Length)
        {
            return false;
        }

        Start = i;
        while (i < _text.Length && char.IsAsciiLetterOrDigit(_text[i]))
        {
            i++;
        }

        End = i;
        _next = i;
        return true;
    }

    /// <summary>
    /// Moves to the next run that contains one of <paramref name="anchors"/> (ASCII letters or digits),
    /// skipping the runs without any with a vectorised search: for scanners whose matches always have one.
    /// </summary>
    public bool MoveNext(SearchValues<char> anchors)
    {
        var found = _text[_next..].IndexOfAny(anchors);
        if (found < 0)
        {
            _next = _text.Length;
            return false;
        }

        var start = _next + found;
        while (start > _next && char.IsAsciiLetterOrDigit(_text[start - 1]))
        {
            start--;
        }

        var end = _next + found + 1;
        while (end < _text.Length && char.IsAsciiLetterOrDigit(_text[end]))
        {
            end++;
        }

        Start = start;
        End = end;
        _next = end;
        return true;
    }

    /// <summary>Whether the current run is a whole word (no other word character touches it).</summary>
    public readonly bool IsWholeWord => Words.StartsWordAt(_text, Start) && Words.EndsWordAt(_text, End);
}
