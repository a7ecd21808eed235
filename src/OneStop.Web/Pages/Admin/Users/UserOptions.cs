using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Pages.Admin.Users;

/// <summary>The role and structure choices an administrator has when granting a role.</summary>
public sealed record UserOptions(List<SelectListItem> Roles, List<SelectListItem> Structures)
{
    public static async Task<UserOptions> LoadAsync(StructureScope scope, IStringLocalizer<AdminResource> t, CancellationToken ct)
    {
        var roles = Enum.GetValues<AppRole>()
            .Select(r => new SelectListItem(t["Role_" + r].Value, r.ToString()))
            .ToList();
        var structures = await (await scope.AdministeredStructuresAsync(ct)).AsNoTracking()
            .OrderBy(s => s.Municipality!.Name).ThenBy(s => s.Name)
            .Select(s => new { s.Id, s.Name, Municipality = s.Municipality!.Name })
            .ToListAsync(ct);
        var options = structures
            .Select(s => new SelectListItem($"{s.Name} ({s.Municipality})", s.Id.ToString(CultureInfo.InvariantCulture)))
            .ToList();
        if (await scope.AdministersAllAsync(ct))
        {
            options.Insert(0, new SelectListItem(t["NationalScope"].Value, ""));
        }
        else
        {
            options.Insert(0, new SelectListItem(t["Choose"].Value, ""));
        }

        return new UserOptions(roles, options);
    }
}
