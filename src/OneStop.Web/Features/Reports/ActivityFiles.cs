using OneStop.Web.Exports;

namespace OneStop.Web.Features.Reports;

/// <summary>The activity report as a file (XLSX, CSV, PDF), for the API and the page alike.</summary>
public static class ActivityFiles
{
    /// <summary>The file of one format (content, type, name); the page's buttons answer with the same.</summary>
    public static (byte[] Content, string Type, string Name) Render(ActivityResult result, ActivityTexts texts, string format)
    {
        var r = result.Report;
        var t = texts.T;
        var title = t["ActivityTitle"];
        var note = result.Cells.Suppress ? t["ActivitySmallCellsNote", result.Cells.Threshold].Value : null;
        return format switch
        {
            "xlsx" => (ActivityExports.Xlsx(title, texts.Subtitle(r, result.ScopeName), ActivityDocuments.Tables(result, texts), note), ActivityExports.XlsxType, ActivityTexts.FileName(r, "xlsx")),
            "csv" => (ActivityExports.Csv(ActivityDocuments.Tables(result, texts)), ActivityExports.CsvType, ActivityTexts.FileName(r, "csv")),
            _ => (ActivityPdf.Render(ActivityDocuments.Pdf(result, texts, title)), "application/pdf", ActivityTexts.FileName(r, "pdf")),
        };
    }
}
