using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Structures;

/// <summary>A service offered by a structure, as the form and the API send it.</summary>
[TextResource(typeof(StructuresResource))]
public sealed class ServiceFields
{
    [Display(Name = "ServiceName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Axis")]
    [Required(ErrorMessage = "Required")]
    public Axis? Axis { get; set; }

    [Display(Name = "Description")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Description { get; set; }

    [Display(Name = "Active")]
    public bool IsActive { get; set; } = true;

    public int? Version { get; set; }
}
