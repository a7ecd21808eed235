namespace OneStop.Web.Exports;

/// <summary>A count as the exports write it: the number, or null when suppressed; the text is what a reader sees ("12", "&lt;5", "*").</summary>
public sealed record ReportCount(int? Number, string Text);

/// <summary>A row of a report table: its label cells, then its counts.</summary>
public sealed record ReportTableRow(IReadOnlyList<string> Labels, IReadOnlyList<ReportCount> Counts);

/// <summary>A table of a report, already localised; Id names its sheet and its rows in the CSV.</summary>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, int LabelColumns, IReadOnlyList<ReportTableRow> Rows);
