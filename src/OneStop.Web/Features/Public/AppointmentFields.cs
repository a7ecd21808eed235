using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Public;

/// <summary>The public appointment request form.</summary>
[TextResource(typeof(PublicResource))]
public sealed class AppointmentFields
{
    [Display(Name = "PreferredStructure")]
    [Required(ErrorMessage = "Required")]
    public int? StructureId { get; set; }

    [Display(Name = "YourName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Phone")]
    [StringLength(40, ErrorMessage = "TooLong")]
    [RegularExpression(@"^\+?[0-9 ()\-]{10,20}$", ErrorMessage = "InvalidPhone")]
    public string? Phone { get; set; }

    [Display(Name = "Email")]
    [StringLength(200, ErrorMessage = "TooLong")]
    [EmailAddress(ErrorMessage = "InvalidEmail")]
    public string? Email { get; set; }

    [Display(Name = "Topic")]
    [Required(ErrorMessage = "Required")]
    [StringLength(1000, ErrorMessage = "TooLong")]
    public string? Topic { get; set; }

    [Display(Name = "PreferredDate")]
    public DateOnly? PreferredDate { get; set; }

    [Display(Name = "TimeWindow")]
    public TimeWindow Window { get; set; } = TimeWindow.Any;

    [Display(Name = "Consent")]
    public bool Consent { get; set; }

    /// <summary>Programme codes carried over from the questionnaire (comma separated).</summary>
    [StringLength(500, ErrorMessage = "TooLong")]
    public string? Programmes { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by bots; a filled one is silently dropped.</summary>
    public string? Website { get; set; }
}
