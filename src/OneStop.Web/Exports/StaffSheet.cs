namespace OneStop.Web.Exports;

/// <summary>
/// A staff form (daily attendance sheet, monthly attendance, person-months list) as plain, already
/// formatted and localised text: what the PDF and XLSX renderers lay out.
/// </summary>
/// <param name="Weights">relative column widths.</param>
/// <param name="MinRowHeight">in points; tall rows leave room for signatures.</param>
/// <param name="Compact">small centred cells (the month grid).</param>
public sealed record StaffSheet(
    string Title,
    IReadOnlyList<LabelValue> Header,
    IReadOnlyList<string> Columns,
    IReadOnlyList<double> Weights,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    IReadOnlyList<string>? TotalRow,
    string EmptyText,
    IReadOnlyList<string> Notes,
    IReadOnlyList<string> Signatures,
    string NameLabel,
    string SignatureLabel,
    string PageFormat,
    bool Landscape,
    double MinRowHeight = 0,
    bool Compact = false);
