namespace Detector.Normalization;

/// <summary>
/// A reusable buffer holding normalised text and, for each normalised character, the range of the
/// original string it came from, so that a match found in normalised text is reported as a span of
/// what the user actually wrote.
/// </summary>
/// <remarks>
/// The text is a sequence of words separated by single spaces, with one space at each end
/// (<c>" send it now "</c>), so every word boundary is a space. A buffer grows to fit the longest
/// text it has seen and is then reused without allocating; it is not thread-safe, so use one per
/// thread (<see cref="ForCurrentThread"/>).
/// </remarks>
internal sealed class NormalizedText
{
    /// <summary>The character the normaliser writes for a leetspeak <c>1</c>, which stands for <c>i</c> or <c>l</c>.</summary>
    public const char AmbiguousIOrL = 'ı';

    [ThreadStatic]
    private static NormalizedText? t_current;

    private char[] _chars;
    private int[] _starts;
    private int[] _ends;

    public NormalizedText(int capacity = 256)
    {
        capacity = Math.Max(capacity, 4);
        _chars = new char[capacity];
        _starts = new int[capacity];
        _ends = new int[capacity];
    }

    /// <summary>The number of normalised characters.</summary>
    public int Length { get; private set; }

    /// <summary>The normalised characters.</summary>
    public ReadOnlySpan<char> Chars => _chars.AsSpan(0, Length);

    /// <summary>The buffer owned by the calling thread.</summary>
    public static NormalizedText ForCurrentThread() => t_current ??= new NormalizedText();

    /// <summary>Where in the original text normalised character <paramref name="index"/> starts.</summary>
    public int OriginalStart(int index) => _starts[index];

    /// <summary>Where in the original text normalised character <paramref name="index"/> ends (exclusive).</summary>
    public int OriginalEnd(int index) => _ends[index];

    /// <summary>The span of the original text covered by normalised characters [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public (int Start, int Length) ToOriginal(int start, int end)
    {
        if (!IsReordered)
        {
            var originalStart = _starts[start];
            return (originalStart, _ends[end - 1] - originalStart);
        }

        // In display order the original offsets run backwards through reversed text: take the extremes.
        var low = int.MaxValue;
        var high = 0;
        for (var i = start; i < end; i++)
        {
            low = Math.Min(low, _starts[i]);
            high = Math.Max(high, _ends[i]);
        }

        return (low, high - low);
    }

    public override string ToString() => new(Chars);

    /// <summary>
    /// Where the word running on from <paramref name="index"/> of normalised <paramref name="text"/> ends: the index of
    /// the next space, or the text's length. A linear search: words are too short for the vectorised <c>IndexOf</c> to pay.
    /// </summary>
    public static int WordEnd(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && text[index] != ' ')
        {
            index++;
        }

        return index;
    }

    /// <summary>The last character (the buffer always starts with a space, so there is one).</summary>
    internal char LastChar => _chars[Length - 1];

    internal Span<char> WritableChars => _chars.AsSpan(0, Length);

    internal void Clear()
    {
        Length = 0;
        IsReordered = false;
    }

    /// <summary>Whether the text was normalised through a reordered copy (<see cref="DisplayOrder"/>), so offsets are not monotonic.</summary>
    internal bool IsReordered { get; private set; }

    /// <summary>
    /// Maps offsets into a reordered copy of the text back to the original: <paramref name="origin"/>[k] is where
    /// the copy's character k came from, in a text <paramref name="originalLength"/> long. Each character then spans the
    /// extremes of the characters it came from.
    /// </summary>
    internal void MapToOriginal(ReadOnlySpan<int> origin, int originalLength)
    {
        for (var i = 0; i < Length; i++)
        {
            var (start, end) = (_starts[i], _ends[i]);
            if (start == end)
            {
                _starts[i] = _ends[i] = start < origin.Length ? origin[start] : originalLength;
                continue;
            }

            var (low, high) = (int.MaxValue, 0);
            foreach (var from in origin[start..end])
            {
                (low, high) = (Math.Min(low, from), Math.Max(high, from + 1));
            }

            (_starts[i], _ends[i]) = (low, high);
        }

        IsReordered = true;
    }

    internal void Append(char c, int originalStart, int originalEnd)
    {
        if (Length == _chars.Length)
        {
            Grow();
        }

        _chars[Length] = c;
        _starts[Length] = originalStart;
        _ends[Length] = originalEnd;
        Length++;
    }

    /// <summary>Copies character <paramref name="from"/> to <paramref name="to"/> (≤ from), with its offsets.</summary>
    internal void Move(int from, int to, char c)
    {
        _chars[to] = c;
        _starts[to] = _starts[from];
        _ends[to] = _ends[from];
    }

    /// <summary>Copies characters [<paramref name="from"/>, <paramref name="from"/> + <paramref name="count"/>) to <paramref name="to"/> (≤ from), with their offsets.</summary>
    internal void MoveRange(int from, int to, int count)
    {
        _chars.AsSpan(from, count).CopyTo(_chars.AsSpan(to));
        _starts.AsSpan(from, count).CopyTo(_starts.AsSpan(to));
        _ends.AsSpan(from, count).CopyTo(_ends.AsSpan(to));
    }

    /// <summary>Widens character <paramref name="index"/>'s original range to end where character <paramref name="from"/> ends.</summary>
    internal void ExtendEnd(int index, int from) => _ends[index] = Math.Max(_ends[index], _ends[from]);

    internal void Truncate(int length) => Length = length;

    /// <summary>Makes room for at least <paramref name="capacity"/> characters, keeping the content.</summary>
    internal void EnsureCapacity(int capacity)
    {
        while (_chars.Length < capacity)
        {
            Grow();
        }
    }

    /// <summary>
    /// The whole buffers (beyond <see cref="Length"/>), for a writer that has called
    /// <see cref="EnsureCapacity"/> and sets <see cref="Length"/> with <see cref="Truncate"/> when done.
    /// </summary>
    internal (char[] Chars, int[] Starts, int[] Ends) RawBuffers => (_chars, _starts, _ends);

    private void Grow()
    {
        var size = _chars.Length * 2;
        Array.Resize(ref _chars, size);
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
    }
}
