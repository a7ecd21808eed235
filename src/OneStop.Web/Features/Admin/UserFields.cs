using System.ComponentModel.DataAnnotations;

namespace OneStop.Web.Features.Admin;

/// <summary>A role in a structure, or a national role when StructureId is null.</summary>
public sealed class RoleFields
{
    /// <summary>An AppRole name, e.g. Caseworker.</summary>
    public string? Role { get; set; }

    public int? StructureId { get; set; }
}

/// <summary>A new user, from the form or the API.</summary>
[TextResource(typeof(AdminResource))]
public sealed class NewUserFields
{
    [Display(Name = "Email")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    [EmailAddress(ErrorMessage = "InvalidEmail")]
    public string? Email { get; set; }

    [Display(Name = "DisplayName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? DisplayName { get; set; }

    [Display(Name = "Password")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    [Display(Name = "Roles")]
    public List<RoleFields> Roles { get; set; } = [];
}

/// <summary>The complete list of roles a user should hold (within what the administrator administers).</summary>
[TextResource(typeof(AdminResource))]
public sealed class RolesFields
{
    [Display(Name = "Roles")]
    public List<RoleFields> Roles { get; set; } = [];
}

/// <summary>A new password typed by an administrator.</summary>
[TextResource(typeof(AdminResource))]
public sealed class PasswordFields
{
    [Display(Name = "NewPassword")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    [DataType(DataType.Password)]
    public string? Password { get; set; }
}
