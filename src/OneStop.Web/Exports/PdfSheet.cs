using System.Globalization;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OneStop.Web.Exports;

/// <summary>
/// The page furniture shared by the staff forms: a title, a header line of label–value pairs,
/// bordered table rows that move to a new page (repeating the table header), "page X of Y".
/// </summary>
internal sealed class PdfSheet : IDisposable
{
    public const double Margin = 32;
    private const double Padding = 3;

    private readonly PdfDocument document = new();
    private readonly List<PdfPage> pages = [];
    private readonly string title;
    private readonly IReadOnlyList<LabelValue> header;
    private readonly PageOrientation orientation;
    private readonly string pageFormat;
    private XGraphics? gfx;
    private Action? tableHeader;

    public PdfSheet(string title, IReadOnlyList<LabelValue> header, PageOrientation orientation, string pageFormat)
    {
        PdfFonts.EnsureRegistered();
        this.title = title;
        this.header = header;
        this.orientation = orientation;
        this.pageFormat = pageFormat;
        document.Info.Title = title;
        Title = Font(13, XFontStyleEx.Bold);
        Bold = Font(8, XFontStyleEx.Bold);
        Body = Font(8, XFontStyleEx.Regular);
        Small = Font(5.5, XFontStyleEx.Regular);
        NewPage();
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

    /// <summary>Signature blocks side by side: caption, then name and signature lines.</summary>
    public void Signatures(IReadOnlyList<string> captions, string nameLabel, string signatureLabel)
    {
        StopRepeating();
        EnsureSpace(90);
        Y += 16;
        var box = Width / Math.Max(1, captions.Count);
        for (var i = 0; i < captions.Count; i++)
        {
            var x = Margin + (i * box);
            Gfx.DrawString(captions[i], Bold, XBrushes.Black, new XRect(x, Y, box - 20, 12), XStringFormats.TopLeft);
            Gfx.DrawString(nameLabel, Body, XBrushes.Black, new XRect(x, Y + 24, 80, 12), XStringFormats.TopLeft);
            Gfx.DrawLine(XPens.Black, x + 80, Y + 34, x + box - 30, Y + 34);
            Gfx.DrawString(signatureLabel, Body, XBrushes.Black, new XRect(x, Y + 52, 80, 12), XStringFormats.TopLeft);
            Gfx.DrawLine(XPens.Black, x + 80, Y + 62, x + box - 30, Y + 62);
        }

        Y += 74;
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
        var small = Font(7.5, XFontStyleEx.Regular);
        for (var i = 0; i < pages.Count; i++)
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

    /// <summary>Subset fonts: a pack holds hundreds of these forms (60 KB each instead of 760 KB).</summary>
    private static XFont Font(double size, XFontStyleEx style) => PdfFonts.SubsetFont(size, style);

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

        gfx.DrawString(title, Title, XBrushes.Black, new XRect(Margin, Y, Width, 16), XStringFormats.TopCenter);
        Y += 22;
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
