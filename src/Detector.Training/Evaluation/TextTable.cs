using System.Text;

namespace Detector.Training.Evaluation;

/// <summary>A table of text cells, rendered aligned for a terminal or as Markdown. The first column is left-aligned, the others right-aligned.</summary>
internal sealed class TextTable
{
    private readonly string[] _headers;
    private readonly List<string[]> _rows = [];

    public TextTable(params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        _headers = headers;
    }

    /// <summary>Adds a row of exactly one cell per header.</summary>
    public TextTable Add(params string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != _headers.Length)
        {
            throw new ArgumentException($"Expected {_headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
        return this;
    }

    /// <summary>Columns padded to their widest cell, separated by two spaces, with a rule under the header.</summary>
    public string ToAligned()
    {
        var widths = _headers.Select((header, column) => _rows.Select(row => row[column].Length).Append(header.Length).Max()).ToArray();
        var text = new StringBuilder();
        AppendAligned(text, _headers, widths);
        AppendAligned(text, [.. widths.Select(width => new string('-', width))], widths);
        foreach (var row in _rows)
        {
            AppendAligned(text, row, widths);
        }

        return text.ToString();
    }

    /// <summary>A GitHub-flavoured Markdown table.</summary>
    public string ToMarkdown()
    {
        var text = new StringBuilder();
        AppendMarkdown(text, _headers);
        AppendMarkdown(text, [.. _headers.Select((_, column) => column == 0 ? "---" : "---:")]);
        foreach (var row in _rows)
        {
            AppendMarkdown(text, row);
        }

        return text.ToString();
    }

    private static void AppendAligned(StringBuilder text, string[] cells, int[] widths)
    {
        for (var column = 0; column < cells.Length; column++)
        {
            text.Append(column == 0 ? cells[column].PadRight(widths[column]) : "  " + cells[column].PadLeft(widths[column]));
        }

        text.Append('\n');
    }

    private static void AppendMarkdown(StringBuilder text, IEnumerable<string> cells) =>
        text.Append("| ").AppendJoin(" | ", cells.Select(cell => cell.Replace("|", "\\|", StringComparison.Ordinal))).Append(" |\n");
}
