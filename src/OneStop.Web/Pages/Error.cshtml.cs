using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OneStop.Web.Pages;

/// <summary>Shown instead of a stack trace; API callers get problem details instead.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string? RequestId { get; private set; }

    public IActionResult OnGet() => Render();

    public IActionResult OnPost() => Render();

    private IActionResult Render()
    {
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
        var originalPath = HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerPathFeature>()?.Path ?? "";
        if (originalPath.StartsWith("/api", StringComparison.Ordinal))
        {
            return new ObjectResult(new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "Internal error",
                Detail = $"Reference {RequestId}",
            })
            { StatusCode = StatusCodes.Status500InternalServerError, ContentTypes = { "application/problem+json" } };
        }

        Response.StatusCode = StatusCodes.Status500InternalServerError;
        return Page();
    }
}
