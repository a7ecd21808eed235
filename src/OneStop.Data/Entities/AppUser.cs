using Microsoft.AspNetCore.Identity;

namespace OneStop.Data.Entities;

public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
    public bool IsDisabled { get; set; }
    public string? PreferredCulture { get; set; }
    public DateTime CreatedAt { get; set; }
    public List<RoleAssignment> RoleAssignments { get; set; } = [];
}
