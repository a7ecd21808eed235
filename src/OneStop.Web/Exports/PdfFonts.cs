using PdfSharp.Drawing;
using PdfSharp.Fonts;
using PdfSharp.Pdf;

namespace OneStop.Web.Exports;

/// <summary>
/// Serves the DejaVu Sans files shipped in Exports/Fonts to PDFsharp, so that the Greek glyphs
/// are embedded and PDFs render the same on a server without any installed fonts.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static bool registered;

    private readonly Dictionary<string, byte[]> files = new(StringComparer.Ordinal);

    /// <summary>PDFsharp allows one global resolver, set before the first font is used.</summary>
    public static void EnsureRegistered()
    {
        lock (Gate)
        {
            if (!registered)
            {
                GlobalFontSettings.FontResolver = new PdfFonts();
                registered = true;
            }
        }
    }

    /// <summary>
    /// A font embedded as a subset of the glyphs used: forms printed by the hundred (the certification
    /// pack) stay small. PDFsharp's subset drops the parts of composite glyphs, so a page drawing with
    /// it must call <see cref="Prime"/> once.
    /// </summary>
    public static XFont SubsetFont(double size, XFontStyleEx style) =>
        new(Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));

    /// <summary>Draws every Greek and Latin letter and accent outside the page, so that the subsets hold the parts of Ά, Έ, Ό ….</summary>
    public static void Prime(XGraphics gfx, params XFont[] fonts)
    {
        foreach (var font in fonts)
        {
            gfx.DrawString(Primer, font, XBrushes.White, new XPoint(0, -50));
        }
    }

    private const string Primer = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩαβγδεζηθικλμνξοπρστυφχψωςABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz΄¨´`^~";

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? Bold : Regular, mustSimulateBold: false, mustSimulateItalic: italic);

    public byte[]? GetFont(string faceName)
    {
        lock (files)
        {
            if (!files.TryGetValue(faceName, out var bytes))
            {
                bytes = File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Exports", "Fonts", faceName + ".ttf"));
                files[faceName] = bytes;
            }

            return bytes;
        }
    }
}
