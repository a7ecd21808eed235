using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Web.Exports;

/// <summary>
/// The page furniture every PDF shares: a title, a header line of label–value pairs, bordered
/// table rows that move to a new page (repeating the table header), "page X of Y". Fonts are
/// subsets of DejaVu Sans, primed so that Greek capitals with a tonos print whole.
/// </summary>
internal sealed partial class PdfSheet : IDisposable
{
    private const double Padding = 3;

    private readonly PdfDocument document = new();
    private readonly List<PdfPage> pages = [];
    private readonly string title;
    private readonly IReadOnlyList<LabelValue> header;
    private readonly PageOrientation orientation;
    private readonly string? pageFormat;
    private readonly PdfLook look;
    private XGraphics? gfx;
    private Action? tableHeader;

    /// <param name="pageFormat">"page {0} of {1}" in the reader's language; null for no footer.</param>
    public PdfSheet(string title, IReadOnlyList<LabelValue> header, PageOrientation orientation, string? pageFormat, PdfLook? look = null)
    {
        PdfFonts.EnsureRegistered();
        this.title = title;
        this.header = header;
        this.orientation = orientation;
        this.pageFormat = pageFormat;
        this.look = look ?? PdfLook.Form;
        document.Info.Title = title;

        // Subset fonts: a pack holds hundreds of these forms (60 KB each instead of 760 KB).
        Title = PdfFonts.SubsetFont(this.look.TitleSize, XFontStyleEx.Bold);
        Bold = PdfFonts.SubsetFont(this.look.FontSize, XFontStyleEx.Bold);
        Body = PdfFonts.SubsetFont(this.look.FontSize, XFontStyleEx.Regular);
        Small = PdfFonts.SubsetFont(this.look.FontSize - 2.5, XFontStyleEx.Regular);
        NewPage();
    }

    public double Margin => look.Margin;

    /// <summary>A font beyond the four, primed like them.</summary>
    public XFont Font(double size, XFontStyleEx style)
    {
        var font = PdfFonts.SubsetFont(size, style);
        PdfFonts.Prime(Gfx, font);
        return font;
    }

    public XFont Title { get; }
    public XFont Bold { get; }
    public XFont Body { get; }
    public XFont Small { get; }
    public XGraphics Gfx => gfx!;
    public double Y { get; set; }
    public double Width { get; private set; }
    public double Bottom { get; private set; }

    /// <summary>Drawn at the top of every following page (the table's header row).</summary>
    public void RepeatOnNewPage(Action draw)
    {
        tableHeader = draw;
        draw();
    }

    public void StopRepeating() => tableHeader = null;

    public void EnsureSpace(double height)
    {
        if (Y + height > Bottom)
        {
            NewPage();
            tableHeader?.Invoke();
        }
    }

    public double RowHeight(IReadOnlyList<string> cells, XFont font, IReadOnlyList<double> widths, double minHeight = 0) =>
        Math.Max(minHeight, (cells.Select((c, i) => PdfText.Wrap(Gfx, c, font, widths[i] - (2 * Padding)).Count).DefaultIfEmpty(1).Max() * font.GetHeight()) + (2 * Padding));

    /// <summary>A bordered row; moves to a new page first when it does not fit.</summary>
    public void Row(IReadOnlyList<string> cells, XFont font, IReadOnlyList<double> widths, double minHeight = 0, XBrush? fill = null, bool center = false)
    {
        var height = RowHeight(cells, font, widths, minHeight);
        EnsureSpace(height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var rect = new XRect(x, Y, widths[i], height);
            if (fill is not null)
            {
                Gfx.DrawRectangle(fill, rect);
            }

            Gfx.DrawRectangle(XPens.Black, rect);
            if (center && PdfText.Wrap(Gfx, cells[i], font, widths[i] - (2 * Padding)) is { Count: 1 } one)
            {
                Gfx.DrawString(one[0], font, XBrushes.Black, new XRect(x, Y + Padding, widths[i], font.GetHeight()), XStringFormats.TopCenter);
            }
            else
            {
                PdfText.Draw(Gfx, cells[i], font, x + Padding, Y + Padding, widths[i] - (2 * Padding));
            }

            x += widths[i];
        }

        Y += height;
    }

    public void Text(string text, XFont font, double gap = 4)
    {
        var height = PdfText.Wrap(Gfx, text, font, Width).Count * font.GetHeight();
        EnsureSpace(height);
        Y += PdfText.Draw(Gfx, text, font, Margin, Y, Width) + gap;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        Save(stream);
        return stream.ToArray();
    }

    public void Save(Stream stream)
    {
        gfx?.Dispose();
        gfx = null;
        var small = PdfFonts.SubsetFont(7.5, XFontStyleEx.Regular);
        for (var i = 0; i < pages.Count && pageFormat is not null; i++)
        {
            using var footer = XGraphics.FromPdfPage(pages[i], XGraphicsPdfPageOptions.Append);
            var text = string.Format(CultureInfo.InvariantCulture, pageFormat, i + 1, pages.Count);
            footer.DrawString(text, small, XBrushes.Black,
                new XRect(Margin, footer.PageSize.Height - Margin + 4, footer.PageSize.Width - (2 * Margin), 12), XStringFormats.TopRight);
        }

        document.Save(stream, closeStream: false);
    }

    public void Dispose()
    {
        gfx?.Dispose();
        document.Dispose();
    }

    private void NewPage()
    {
        var first = gfx is null;
        gfx?.Dispose();
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = orientation;
        pages.Add(page);
        gfx = XGraphics.FromPdfPage(page);
        Width = gfx.PageSize.Width - (2 * Margin);
        Bottom = gfx.PageSize.Height - Margin - 8;
        Y = Margin;
        if (first)
        {
            PdfFonts.Prime(gfx, Title, Bold, Body, Small);
        }

        if (look.Letterhead is { } letterhead)
        {
            Y += PdfText.Draw(gfx, letterhead, Bold, Margin, Y, Width) + 14;
        }

        var lines = PdfText.Wrap(gfx, title, Title, Width);
        for (var i = 0; i < lines.Count; i++)
        {
            gfx.DrawString(lines[i], Title, XBrushes.Black, new XRect(Margin, Y + (i * Title.GetHeight()), Width, Title.GetHeight()),
                look.TitleLeft ? XStringFormats.TopLeft : XStringFormats.TopCenter);
        }

        Y += 22 + ((lines.Count - 1) * Title.GetHeight());
        if (header.Count == 0)
        {
            return;
        }

        var x = Margin;
        foreach (var h in header)
        {
            var label = h.Label + ": ";
            var needed = gfx.MeasureString(label, Bold).Width + gfx.MeasureString(h.Value, Body).Width;
            if (x > Margin && x + needed > Margin + Width)
            {
                x = Margin;
                Y += 12;
            }

            gfx.DrawString(label, Bold, XBrushes.Black, new XRect(x, Y, Width, 12), XStringFormats.TopLeft);
            x += gfx.MeasureString(label, Bold).Width;
            gfx.DrawString(h.Value, Body, XBrushes.Black, new XRect(x, Y, Width, 12), XStringFormats.TopLeft);
            x += gfx.MeasureString(h.Value, Body).Width + 20;
        }

        Y += 18;
    }
}
