using PdfSharp.Drawing;

namespace OneStop.Web.Exports;

/// <summary>Line wrapping for the PDF renderers (PDFsharp draws single lines only).</summary>
internal static class PdfText
{
    public static List<string> Wrap(XGraphics gfx, string? text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (gfx.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && gfx.MeasureString(line, font).Width > width)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && gfx.MeasureString(line[..fit], font).Width > width)
                    {
                        fit--;
                    }

                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary>Draws wrapped text from the top-left corner; returns the height used.</summary>
    public static double Draw(XGraphics gfx, string? text, XFont font, double x, double y, double width, XBrush? brush = null)
    {
        var lineHeight = font.GetHeight();
        var lines = Wrap(gfx, text, font, width);
        for (var i = 0; i < lines.Count; i++)
        {
            gfx.DrawString(lines[i], font, brush ?? XBrushes.Black, new XRect(x, y + (i * lineHeight), width, lineHeight), XStringFormats.TopLeft);
        }

        return lines.Count * lineHeight;
    }
}
