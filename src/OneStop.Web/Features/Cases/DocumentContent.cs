using System.IO.Compression;

namespace OneStop.Web.Features.Cases;

/// <summary>
/// Checks that an upload is what its name says, by its first bytes (and, for Office Open XML and
/// OpenDocument files, by the ZIP entry that marks them). Returns the content type to store and
/// serve, never the one the browser sent.
/// </summary>
public static class DocumentContent
{
    private static readonly Dictionary<string, (string ContentType, Kind Kind)> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("application/pdf", Kind.Pdf),
        [".png"] = ("image/png", Kind.Png),
        [".jpg"] = ("image/jpeg", Kind.Jpeg),
        [".jpeg"] = ("image/jpeg", Kind.Jpeg),
        [".gif"] = ("image/gif", Kind.Gif),
        [".tif"] = ("image/tiff", Kind.Tiff),
        [".tiff"] = ("image/tiff", Kind.Tiff),
        [".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Kind.OpenXml),
        [".xlsx"] = ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Kind.OpenXml),
        [".pptx"] = ("application/vnd.openxmlformats-officedocument.presentationml.presentation", Kind.OpenXml),
        [".odt"] = ("application/vnd.oasis.opendocument.text", Kind.OpenDocument),
        [".ods"] = ("application/vnd.oasis.opendocument.spreadsheet", Kind.OpenDocument),
        [".doc"] = ("application/msword", Kind.Ole),
        [".xls"] = ("application/vnd.ms-excel", Kind.Ole),
    };

    private enum Kind
    {
        Pdf,
        Png,
        Jpeg,
        Gif,
        Tiff,
        OpenXml,
        OpenDocument,
        Ole,
    }

    public static IReadOnlyCollection<string> AllowedExtensions => Extensions.Keys;

    /// <summary>The content type when the file's bytes match its extension; null otherwise. The stream must be seekable.</summary>
    public static string? Check(string fileName, Stream content)
    {
        if (!Extensions.TryGetValue(Path.GetExtension(fileName), out var expected))
        {
            return null;
        }

        Span<byte> head = stackalloc byte[8];
        content.Position = 0;
        var read = content.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        head = head[..read];
        content.Position = 0;
        var ok = expected.Kind switch
        {
            Kind.Pdf => head.StartsWith("%PDF-"u8),
            Kind.Png => head.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            Kind.Jpeg => head.StartsWith((byte[])[0xFF, 0xD8, 0xFF]),
            Kind.Gif => head.StartsWith("GIF87a"u8) || head.StartsWith("GIF89a"u8),
            Kind.Tiff => head.StartsWith("II*\0"u8) || head.StartsWith("MM\0*"u8),
            Kind.Ole => head.StartsWith((byte[])[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]),
            Kind.OpenXml => head.StartsWith("PK\u0003\u0004"u8) && HasEntry(content, "[Content_Types].xml"),
            Kind.OpenDocument => head.StartsWith("PK\u0003\u0004"u8) && HasEntry(content, "mimetype"),
            _ => false,
        };
        content.Position = 0;
        return ok ? expected.ContentType : null;
    }

    private static bool HasEntry(Stream content, string name)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            return zip.GetEntry(name) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }
}
