using PdfSharp.Drawing;

namespace OneStop.Web.Exports;

/// <summary>The blocks forms and letters end or open with: labelled fields, lines to sign on.</summary>
internal sealed partial class PdfSheet
{
    /// <summary>A label column and the values beside it; an empty value is a line to fill in by hand.</summary>
    public void Fields(IReadOnlyList<LabelValue> fields, double labelWidth, double gap = 2)
    {
        foreach (var field in fields)
        {
            var valueWidth = Width - labelWidth;
            var height = Math.Max(1, PdfText.Wrap(Gfx, field.Value, Body, valueWidth).Count) * Body.GetHeight();
            EnsureSpace(height);
            Gfx.DrawString(field.Label + ":", Bold, XBrushes.Black, new XRect(Margin, Y, labelWidth, Bold.GetHeight()), XStringFormats.TopLeft);
            if (string.IsNullOrWhiteSpace(field.Value))
            {
                Gfx.DrawLine(XPens.Gray, Margin + labelWidth, Y + Body.GetHeight(), Margin + labelWidth + Math.Min(250, valueWidth), Y + Body.GetHeight());
                Y += Body.GetHeight() + 4;
                continue;
            }

            Y += PdfText.Draw(Gfx, field.Value, Body, Margin + labelWidth, Y, valueWidth) + gap;
        }
    }

    /// <summary>Signature blocks side by side, each a caption and labelled lines (name, signature …).</summary>
    /// <param name="rightHalf">one block under the text's right half, as a letter is signed.</param>
    public void Signatures(IReadOnlyList<string> captions, IReadOnlyList<string> lines, bool rightHalf = false)
    {
        StopRepeating();
        var height = 24 + (lines.Count * 28);
        EnsureSpace(height + 16);
        Y += 16;
        var left = rightHalf ? Margin + (Width / 2) : Margin;
        var box = (rightHalf ? Width / 2 : Width) / Math.Max(1, captions.Count);
        var labelWidth = Math.Max(80, lines.Select(l => Gfx.MeasureString(l, Body).Width + 4).DefaultIfEmpty().Max());
        for (var i = 0; i < captions.Count; i++)
        {
            var x = left + (i * box);
            Gfx.DrawString(captions[i], Bold, XBrushes.Black, new XRect(x, Y, box - 20, 12), XStringFormats.TopLeft);
            for (var l = 0; l < lines.Count; l++)
            {
                var y = Y + 24 + (l * 28);
                Gfx.DrawString(lines[l], Body, XBrushes.Black, new XRect(x, y, labelWidth, 12), XStringFormats.TopLeft);
                Gfx.DrawLine(XPens.Black, x + labelWidth, y + 10, x + box - 30, y + 10);
            }
        }

        Y += height - 6;
    }

    /// <summary>A bold caption and a line to its right, across the page.</summary>
    public void SignatureLine(string caption)
    {
        StopRepeating();
        EnsureSpace(40);
        Y += 20;
        var x = Margin + Gfx.MeasureString(caption, Bold).Width + 6;
        Gfx.DrawString(caption, Bold, XBrushes.Black, new XRect(Margin, Y, Width, 12), XStringFormats.TopLeft);
        Gfx.DrawLine(XPens.Black, x, Y + Bold.GetHeight(), Margin + Width, Y + Bold.GetHeight());
        Y += 20;
    }
}
