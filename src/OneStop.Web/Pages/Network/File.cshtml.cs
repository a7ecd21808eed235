using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OneStop.Web.Features.Network;

namespace OneStop.Web.Pages.Network;

/// <summary>Serves uploaded material: images and PDFs inline (previews), other files as downloads.</summary>
public sealed class FileModel(NetworkStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (await store.FileAsync(id, ct) is not { } file)
        {
            return NotFound();
        }

        var inline = NetworkStore.IsImage(file.ContentType) || file.ContentType == "application/pdf";
        Response.Headers.XContentTypeOptions = "nosniff";
        return inline ? File(file.Content, file.ContentType) : File(file.Content, file.ContentType, file.FileName);
    }
}
