using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using OneStop.Data.Entities;
using OneStop.Web.Api;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.Admin;

namespace OneStop.Web.Pages.Admin.Audit;

/// <summary>The audit log browser (every search is itself recorded); for a Coordinator, the break-the-glass links of their structure.</summary>
[Authorize(Policy = Policies.AuditLog)]
public sealed class IndexModel(AuditQueries queries) : PageModel
{
    [TextResource(typeof(AdminResource))]
    public sealed class InputModel
    {
        [Display(Name = "From")]
        public DateOnly? From { get; set; }

        [Display(Name = "To")]
        public DateOnly? To { get; set; }

        [Display(Name = "User")]
        [StringLength(256, ErrorMessage = "TooLong")]
        public string? User { get; set; }

        [Display(Name = "EntityType")]
        [StringLength(100, ErrorMessage = "TooLong")]
        public string? EntityType { get; set; }

        [Display(Name = "EntityId")]
        [StringLength(200, ErrorMessage = "TooLong")]
        public string? EntityId { get; set; }

        [Display(Name = "Action")]
        public string? Action { get; set; }

        // Not "Page": with no query string MVC falls back to unprefixed names, and Razor Pages has a
        // route value "page" (the page path) that would fail to bind to a number.
        public int PageNumber { get; set; } = 1;
    }

    [BindProperty(SupportsGet = true)]
    public InputModel Input { get; set; } = new();

    public AuditPage Result { get; private set; } = new([], 1, AuditQueries.PageSize, 0);
    public List<string> EntityTypes { get; private set; } = [];
    public static IReadOnlyList<AuditAction> Actions { get; } = Enum.GetValues<AuditAction>();

    public int PageCount => Math.Max(1, (Result.Total + Result.PageSize - 1) / Result.PageSize);

    public async Task OnGetAsync(CancellationToken ct)
    {
        EntityTypes = await queries.EntityTypesAsync(ct);
        if (!ModelState.IsValid)
        {
            return;
        }

        var action = string.IsNullOrEmpty(Input.Action) ? null : AuditCodes.Parse(Input.Action);
        Result = await queries.SearchAsync(new AuditFilter(Input.From, Input.To, Input.User, Input.EntityType, Input.EntityId, action, Input.PageNumber), ct);
    }

    public static string Time(DateTime utc) => AuditQueries.ToAthens(utc).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Code(AuditAction action) => AuditCodes.Code(action);

    public static string Show(JsonElement? value) => value switch
    {
        null => "—",
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? "",
        { } v => v.GetRawText(),
    };

    /// <summary>The link to another page of the same search.</summary>
    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?>
        {
            ["Input.From"] = Input.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.To"] = Input.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Input.User"] = Input.User,
            ["Input.EntityType"] = Input.EntityType,
            ["Input.EntityId"] = Input.EntityId,
            ["Input.Action"] = Input.Action,
            ["Input.PageNumber"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/Admin/Audit", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }
}
