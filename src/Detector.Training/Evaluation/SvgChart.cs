using System.Globalization;
using System.Security;
using System.Text;

namespace Detector.Training.Evaluation;

/// <summary>
/// A small, self-contained SVG chart: a title, a legend, axes with ticks and labels, and line or bar series over
/// [0, <see cref="XMax"/>] × [0, <see cref="YMax"/>]. Hand-written so reports need no plotting package.
/// </summary>
internal sealed class SvgChart
{
    private const double Width = 640;
    private const double Height = 460;
    private const double Left = 70;
    private const double Right = 24;
    private const double Top = 70;
    private const double Bottom = 60;
    private const int Ticks = 10;

    private static readonly string[] s_colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd"];

    private readonly string _title;
    private readonly string _xLabel;
    private readonly string _yLabel;
    // Each series renders itself once all are known: bars need to know how many bar series share a bin.
    private readonly List<(string Name, string Colour, bool Bars, Func<int, int, string> Render)> _series = [];

    public SvgChart(string title, string xLabel, string yLabel)
    {
        _title = title;
        _xLabel = xLabel;
        _yLabel = yLabel;
    }

    /// <summary>The right end of the x axis.</summary>
    public double XMax { get; init; } = 1;

    /// <summary>The top of the y axis.</summary>
    public double YMax { get; init; } = 1;

    private static double PlotWidth => Width - Left - Right;

    private static double PlotHeight => Height - Top - Bottom;

    /// <summary>A line through <paramref name="points"/>; with <paramref name="step"/>, a staircase that holds each y until the next x.</summary>
    public SvgChart AddLine(string name, IReadOnlyList<CurvePoint> points, bool step = false, bool dashed = false)
    {
        ArgumentNullException.ThrowIfNull(points);
        var path = new StringBuilder();
        for (var i = 0; i < points.Count; i++)
        {
            if (step && i > 0)
            {
                path.Append(Number(X(points[i].X))).Append(',').Append(Number(Y(points[i - 1].Y))).Append(' ');
            }

            path.Append(Number(X(points[i].X))).Append(',').Append(Number(Y(points[i].Y))).Append(' ');
        }

        var colour = NextColour();
        var dash = dashed ? " stroke-dasharray=\"6 4\"" : string.Empty;
        var svg = $"<polyline class=\"series\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\"{dash} points=\"{path.ToString().TrimEnd()}\"><title>{Escape(name)}</title></polyline>";
        _series.Add((name, colour, false, (_, _) => svg));
        return this;
    }

    /// <summary>Bars of equal width across the x axis, one per value; several bar series sit side by side within each bin.</summary>
    public SvgChart AddBars(string name, IReadOnlyList<double> heights)
    {
        ArgumentNullException.ThrowIfNull(heights);
        var colour = NextColour();
        _series.Add((name, colour, true, (slot, barSeries) =>
        {
            var bin = PlotWidth / heights.Count;
            var bars = new StringBuilder($"<g class=\"series\" fill=\"{colour}\" fill-opacity=\"0.8\"><title>{Escape(name)}</title>");
            for (var i = 0; i < heights.Count; i++)
            {
                var x = Left + (i * bin) + (slot * bin / barSeries);
                var y = Y(heights[i]);
                bars.Append(CultureInfo.InvariantCulture,
                    $"<rect x=\"{Number(x)}\" y=\"{Number(y)}\" width=\"{Number((bin / barSeries) - 1)}\" height=\"{Number(Top + PlotHeight - y)}\"/>");
            }

            return bars.Append("</g>").ToString();
        }));
        return this;
    }

    /// <summary>A dashed vertical line at <paramref name="x"/>, e.g. the threshold.</summary>
    public SvgChart AddMarker(string name, double x)
    {
        var colour = "#555555";
        var svg = $"<line class=\"series\" x1=\"{Number(X(x))}\" y1=\"{Number(Top)}\" x2=\"{Number(X(x))}\" y2=\"{Number(Top + PlotHeight)}\" stroke=\"{colour}\" stroke-width=\"1.5\" stroke-dasharray=\"4 3\"><title>{Escape(name)}</title></line>";
        _series.Add((name, colour, false, (_, _) => svg));
        return this;
    }

    /// <summary>The chart as a standalone SVG document.</summary>
    public string ToSvg()
    {
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(_title)}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"title\" x=\"{Width / 2}\" y=\"24\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\">{Escape(_title)}</text>\n");
        AppendAxes(svg);
        var barSeries = _series.Count(s => s.Bars);
        var slot = 0;
        foreach (var series in _series)
        {
            svg.Append(series.Render(series.Bars ? slot++ : 0, barSeries)).Append('\n');
        }

        AppendLegend(svg);
        return svg.Append("</svg>\n").ToString();
    }

    private void AppendAxes(StringBuilder svg)
    {
        svg.Append("<g class=\"axes\" stroke=\"#333333\" stroke-width=\"1\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top + PlotHeight}\" x2=\"{Left + PlotWidth}\" y2=\"{Top + PlotHeight}\"/>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + PlotHeight}\"/>\n");
        svg.Append("</g>\n<g class=\"ticks\" fill=\"#333333\">\n");
        for (var i = 0; i <= Ticks; i++)
        {
            var x = X(XMax * i / Ticks);
            var y = Y(YMax * i / Ticks);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Number(x)}\" y1=\"{Top}\" x2=\"{Number(x)}\" y2=\"{Top + PlotHeight}\" stroke=\"#e5e5e5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left}\" y1=\"{Number(y)}\" x2=\"{Left + PlotWidth}\" y2=\"{Number(y)}\" stroke=\"#e5e5e5\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Number(x)}\" y1=\"{Top + PlotHeight}\" x2=\"{Number(x)}\" y2=\"{Top + PlotHeight + 5}\" stroke=\"#333333\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left - 5}\" y1=\"{Number(y)}\" x2=\"{Left}\" y2=\"{Number(y)}\" stroke=\"#333333\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(x)}\" y=\"{Top + PlotHeight + 19}\" text-anchor=\"middle\">{TickLabel(XMax * i / Ticks)}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 9}\" y=\"{Number(y + 4)}\" text-anchor=\"end\">{TickLabel(YMax * i / Ticks)}</text>\n");
        }

        svg.Append("</g>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"x-label\" x=\"{Left + (PlotWidth / 2)}\" y=\"{Height - 16}\" text-anchor=\"middle\" font-size=\"13\">{Escape(_xLabel)}</text>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"y-label\" x=\"18\" y=\"{Top + (PlotHeight / 2)}\" text-anchor=\"middle\" font-size=\"13\" transform=\"rotate(-90 18 {Top + (PlotHeight / 2)})\">{Escape(_yLabel)}</text>\n");
    }

    private void AppendLegend(StringBuilder svg)
    {
        svg.Append("<g class=\"legend\">\n");
        var x = Left;
        foreach (var (name, colour, _, _) in _series)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{Number(x)}\" y=\"40\" width=\"14\" height=\"10\" fill=\"{colour}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Number(x + 19)}\" y=\"49\">{Escape(name)}</text>\n");
            x += 40 + (name.Length * 6.5);
        }

        svg.Append("</g>\n");
    }

    private string NextColour() => s_colours[_series.Count % s_colours.Length];

    private double X(double value) => Left + (Math.Clamp(value, 0, XMax) / XMax * PlotWidth);

    private double Y(double value) => Top + PlotHeight - (Math.Clamp(value, 0, YMax) / YMax * PlotHeight);

    private static string TickLabel(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Escape(string text) => SecurityElement.Escape(text);
}
