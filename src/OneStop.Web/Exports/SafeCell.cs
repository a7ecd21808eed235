using ClosedXML.Excel;

namespace OneStop.Web.Exports;

/// <summary>
/// The one rule every CSV and XLSX export applies to a text cell (ADR 088, OWASP's CSV injection
/// guidance): a text starting with =, +, -, @, tab or carriage return gets a leading apostrophe, so
/// that a spreadsheet shows it as typed instead of running it as a formula. Numbers and dates
/// written as numeric cells are not text and never pass through here.
/// </summary>
public static class SafeCell
{
    /// <summary>The text as it may be written to a cell; null is the empty text.</summary>
    public static string Text(string? value) =>
        string.IsNullOrEmpty(value) || value[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r') ? value ?? "" : "'" + value;

    /// <summary>The text as typed, from a cell that <see cref="Text"/> wrote (for imports of our own exports).</summary>
    public static string Undo(string value) =>
        value.Length > 1 && value[0] == '\'' && value[1] is '=' or '+' or '-' or '@' or '\t' or '\r' ? value[1..] : value;

    /// <summary>
    /// Sets a text cell through the rule. ClosedXML stores it as a string, never a formula, but a
    /// user who saves the sheet as CSV would write the formula out again; the apostrophe stays.
    /// </summary>
    public static IXLCell SetText(this IXLCell cell, string? value) => cell.SetValue(Text(value));
}
