using OneStop.Data.Entities;

namespace OneStop.Web.Features.Access;

/// <summary>A role the user holds in a structure (or nationally, when StructureId is null).</summary>
public sealed record Grant(AppRole Role, int? StructureId, int? MunicipalityId);

/// <summary>Who the signed-in user is, read from the database on each request (no cached roles).</summary>
public sealed record UserAccess(string UserId, string DisplayName, string Email, bool IsActive, IReadOnlyList<Grant> Grants)
{
    public static readonly UserAccess Anonymous = new("", "", "", false, []);

    public bool Has(params AppRole[] roles) => IsActive && Grants.Any(g => roles.Contains(g.Role));

    public bool HasNational(AppRole role) => IsActive && Grants.Any(g => g.Role == role && g.StructureId is null);
}
