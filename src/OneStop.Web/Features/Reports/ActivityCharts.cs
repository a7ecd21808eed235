using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Html;
using OneStop.Data.Entities;
using OneStop.Web.Exports;
using OneStop.Web.Features.Reports;

namespace OneStop.Web.Features.Reports;

/// <summary>
/// The dashboard's charts as inline SVG, drawn on the server (ADR 075): no script, no CDN, the same
/// in print. Each chart is role="img" with a title and a description, and the page puts its data
/// table next to it. Fills are the classes ch0…ch4 (reports.css), dark to light so they stay apart
/// in grey; a suppressed count draws no bar and is labelled "&lt;5".
/// </summary>
public static class ActivityCharts
{
    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string N(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

    private static StringBuilder Open(string id, double width, double height, string title, string desc) => new StringBuilder()
        .Append(CultureInfo.InvariantCulture, $"<svg class=\"chart\" id=\"{id}\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {N(width)} {N(height)}\" preserveAspectRatio=\"xMinYMin meet\" xmlns=\"http://www.w3.org/2000/svg\">")
        .Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{E(title)}</title><desc id=\"{id}-desc\">{E(desc)}</desc>");

    /// <summary>Stacked bars of visits per point by channel, with a value axis, time labels and a legend.</summary>
    public static IHtmlContent Series(ActivityReport r, SmallCells cells, Func<VisitChannel, string> channelName, string title, string desc)
    {
        const double width = 900, height = 320, left = 56, right = 10, top = 14, bottom = 70;
        var svg = Open("chart-series", width, height, title, desc);
        var plotW = width - left - right;
        var plotH = height - top - bottom;
        var (max, step) = ChartScale.Nice(r.Series.Where(p => !cells.Hides(ActivityCells.Point(p, null), p.Total)).Select(p => p.Total).DefaultIfEmpty().Max());
        for (var v = 0; v <= max; v += step)
        {
            var y = top + plotH - (plotH * v / max);
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"grid\" x1=\"{N(left)}\" x2=\"{N(left + plotW)}\" y1=\"{N(y)}\" y2=\"{N(y)}\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{N(left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\">{E(v.ToString("N0", CultureInfo.CurrentCulture))}</text>");
        }

        var n = r.Series.Count;
        var slot = plotW / Math.Max(1, n);
        var barW = Math.Max(1, slot * 0.72);
        var every = ChartScale.LabelEvery(n, 16);
        var channels = Enum.GetValues<VisitChannel>();
        for (var i = 0; i < n; i++)
        {
            var p = r.Series[i];
            var x = left + (i * slot) + ((slot - barW) / 2);
            var label = ActivityTexts.Period(p, r.Granularity);
            if (cells.Hides(ActivityCells.Point(p, null), p.Total))
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{N(x + (barW / 2))}\" y=\"{N(top + plotH - 4)}\" text-anchor=\"middle\">{E(cells.Show(ActivityCells.Point(p, null), p.Total))}</text>");
            }
            else
            {
                var y = top + plotH;
                for (var c = 0; c < channels.Length; c++)
                {
                    var value = p.ByChannel[channels[c]];
                    if (value == 0 || cells.Hides(ActivityCells.Point(p, channels[c]), value))
                    {
                        continue;
                    }

                    var h = plotH * value / max;
                    y -= h;
                    svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"ch{c}\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(barW)}\" height=\"{N(h)}\"><title>{E(label)}, {E(channelName(channels[c]))}: {E(cells.Show(ActivityCells.Point(p, channels[c]), value))}</title></rect>");
                }

                if (n <= 31 && p.Total > 0)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{N(x + (barW / 2))}\" y=\"{N(y - 4)}\" text-anchor=\"middle\">{E(cells.Show(ActivityCells.Point(p, null), p.Total))}</text>");
                }
            }

            if (i % every == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{N(x + (barW / 2))}\" y=\"{N(top + plotH + 16)}\" text-anchor=\"middle\">{E(ActivityTexts.Tick(p, r.Granularity))}</text>");
            }
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{N(left)}\" x2=\"{N(left + plotW)}\" y1=\"{N(top + plotH)}\" y2=\"{N(top + plotH)}\"/>");

        // The legend, one line under the time axis.
        var lx = left;
        var ly = height - 22;
        for (var c = 0; c < channels.Length; c++)
        {
            var name = channelName(channels[c]);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"ch{c}\" x=\"{N(lx)}\" y=\"{N(ly - 10)}\" width=\"12\" height=\"12\"/>")
                .Append(CultureInfo.InvariantCulture, $"<text class=\"legend\" x=\"{N(lx + 17)}\" y=\"{N(ly)}\">{E(name)}</text>");
            lx += 36 + (name.Length * 7.2);
        }

        return new HtmlString(svg.Append("</svg>").ToString());
    }

    /// <summary>Horizontal bars with the label on the left and the count at the end of each bar.</summary>
    public static IHtmlContent Bars(string id, IReadOnlyList<(string Label, int Value, string Key)> bars, SmallCells cells, string title, string desc, bool shaded = false)
    {
        const double width = 560, labelW = 190, barH = 26, gap = 10, valueW = 70;
        var height = (bars.Count * (barH + gap)) + gap;
        var svg = Open(id, width, height, title, desc);
        var max = Math.Max(1, bars.Where(b => !cells.Hides(b.Key, b.Value)).Select(b => b.Value).DefaultIfEmpty().Max());
        var plotW = width - labelW - valueW;
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value, key) = bars[i];
            var y = gap + (i * (barH + gap));
            var w = cells.Hides(key, value) ? 0 : plotW * value / max;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{N(labelW - 8)}\" y=\"{N(y + (barH / 2) + 5)}\" text-anchor=\"end\">{E(label)}</text>");
            if (w > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"ch{(shaded ? Math.Min(i, 4) : 0)}\" x=\"{N(labelW)}\" y=\"{N(y)}\" width=\"{N(w)}\" height=\"{N(barH)}\"/>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{N(labelW + w + 6)}\" y=\"{N(y + (barH / 2) + 5)}\">{E(cells.Show(key, value))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{N(labelW)}\" x2=\"{N(labelW)}\" y1=\"{N(gap / 2)}\" y2=\"{N(height - (gap / 2))}\"/>");
        return new HtmlString(svg.Append("</svg>").ToString());
    }
}
