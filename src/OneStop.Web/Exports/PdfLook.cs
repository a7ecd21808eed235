namespace OneStop.Web.Exports;

/// <summary>How a <see cref="PdfSheet"/> looks: a dense staff form, or a letter the person reads.</summary>
/// <param name="Letterhead">a bold line above the title (the sender of a letter).</param>
internal sealed record PdfLook(double Margin, double FontSize, double TitleSize, bool TitleLeft, string? Letterhead = null)
{
    /// <summary>Staff forms and reports: 8 pt, narrow margins, the title centred.</summary>
    public static readonly PdfLook Form = new(32, 8, 13, TitleLeft: false);

    /// <summary>Letters and notices for the person: 9.5 pt, wide margins, the title on the left.</summary>
    public static readonly PdfLook Letter = new(50, 9.5, 14, TitleLeft: true);
}
