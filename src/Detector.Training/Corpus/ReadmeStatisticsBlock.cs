namespace Detector.Training.Corpus;

/// <summary>The statistics block of <c>training-data/README.md</c>, between <c>&lt;!-- stats:begin --&gt;</c> and <c>&lt;!-- stats:end --&gt;</c>.</summary>
public static class ReadmeStatisticsBlock
{
    /// <summary>The line that opens the block.</summary>
    public const string Begin = "<!-- stats:begin -->";
    /// <summary>The line that closes the block.</summary>
    public const string End = "<!-- stats:end -->";

    /// <summary>The Markdown between the markers, or null when the README has none.</summary>
    public static string? Extract(string readme)
    {
        var (start, end) = Find(readme);
        return start < 0 ? null : readme[start..end].TrimStart('\r', '\n');
    }

    /// <summary>The README with the block's content replaced by <paramref name="markdown"/>.</summary>
    public static string Replace(string readme, string markdown)
    {
        var (start, end) = Find(readme);
        return start < 0
            ? throw new InvalidDataException($"The README has no statistics block ({Begin} … {End}).")
            : string.Concat(readme.AsSpan(0, start), "\n", markdown, readme.AsSpan(end));
    }

    private static (int Start, int End) Find(string readme)
    {
        var begin = readme.IndexOf(Begin, StringComparison.Ordinal);
        var end = begin < 0 ? -1 : readme.IndexOf(End, begin, StringComparison.Ordinal);
        return begin < 0 || end < 0 ? (-1, -1) : (begin + Begin.Length, end);
    }
}
