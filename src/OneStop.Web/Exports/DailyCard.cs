namespace OneStop.Web.Exports;

/// <summary>
/// The daily visitor card (ημερήσια καρτέλα καταγραφής εισερχομένων) as plain, already formatted
/// and localised text: what both the PDF and the XLSX renderers lay out.
/// </summary>
public sealed record DailyCard(
    string Title,
    IReadOnlyList<LabelValue> Header,
    IReadOnlyList<string> Columns,
    IReadOnlyList<IReadOnlyList<string>> Rows,
    string EmptyText,
    string TotalsTitle,
    IReadOnlyList<LabelValue> Totals,
    IReadOnlyList<string> Signatures,
    string NameLabel,
    string SignatureLabel,
    string PageFormat);

public sealed record LabelValue(string Label, string Value);
