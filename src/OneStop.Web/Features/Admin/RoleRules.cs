using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Admin;

/// <summary>Checks requested roles against what the signed-in administrator may grant.</summary>
public sealed class RoleRules(StructureScope structures, IStringLocalizer<AdminResource> t)
{
    public async Task<(List<(AppRole Role, int? StructureId)> Roles, List<KeyValuePair<string, string>> Errors)> CheckAsync(
        IEnumerable<RoleFields> input, CancellationToken ct)
    {
        var roles = new List<(AppRole Role, int? StructureId)>();
        var errors = new List<KeyValuePair<string, string>>();
        void Error(string key, params object[] args)
        {
            var message = t[key, args].Value;
            if (!errors.Any(e => e.Value == message))
            {
                errors.Add(new("Roles", message));
            }
        }

        // A blank row (an untouched form select) asks for nothing.
        foreach (var item in input.Where(i => !string.IsNullOrWhiteSpace(i.Role) || i.StructureId is not null))
        {
            if (!TryParse(item.Role, out var role))
            {
                Error("UnknownRole", item.Role ?? "");
                continue;
            }

            if (item.StructureId is { } structureId)
            {
                if (!await structures.CanAdministerAsync(structureId, ct))
                {
                    Error("UnknownStructure", structureId);
                    continue;
                }
            }
            else if (!AccessRules.NationalRoles.Contains(role))
            {
                Error("StructureRequired", t["Role_" + role].Value);
                continue;
            }
            else if (!await structures.AdministersAllAsync(ct))
            {
                Error("NationalRoleNotAllowed");
                continue;
            }

            if (!roles.Contains((role, item.StructureId)))
            {
                roles.Add((role, item.StructureId));
            }
        }

        if (roles.Count == 0 && errors.Count == 0)
        {
            Error("RolesRequired");
        }

        return (roles, errors);
    }

    private static bool TryParse(string? value, out AppRole role)
    {
        role = default;
        return value is not null
            && Enum.GetNames<AppRole>().Contains(value, StringComparer.Ordinal)
            && Enum.TryParse(value, ignoreCase: false, out role);
    }
}
