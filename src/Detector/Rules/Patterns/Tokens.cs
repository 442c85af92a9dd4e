namespace Detector.Rules.Patterns;

/// <summary>Walks the maximal runs of ASCII letters and digits of a text, each visited once.</summary>
internal ref struct Tokens(ReadOnlySpan<char> text)
{
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

    /// <summary>Whether the current run is a whole word (no other word character touches it).</summary>
    public readonly bool IsWholeWord => Words.StartsWordAt(_text, Start) && Words.EndsWordAt(_text, End);
}
