using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Network;

[TextResource(typeof(NetworkResource))]
public sealed class NetworkPartnerFields
{
    [Display(Name = "PartnerName")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Name { get; set; }

    [Display(Name = "Form")]
    public CooperationForm Form { get; set; } = CooperationForm.Informal;

    [Display(Name = "Channel")]
    public CooperationChannel Channel { get; set; } = CooperationChannel.Physical;

    [Display(Name = "Since")]
    public DateOnly? Since { get; set; }

    [Display(Name = "Notes")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Notes { get; set; }
}

[TextResource(typeof(NetworkResource))]
public sealed class MeetingFields
{
    [Display(Name = "Date")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? Date { get; set; }

    [Display(Name = "MeetingTitle")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Partner")]
    public int? PartnerId { get; set; }

    [Display(Name = "Participants")]
    [StringLength(2000, ErrorMessage = "TooLong")]
    public string? Participants { get; set; }

    [Display(Name = "Minutes")]
    [StringLength(8000, ErrorMessage = "TooLong")]
    public string? Minutes { get; set; }
}

[TextResource(typeof(NetworkResource))]
public sealed class PublicityFields
{
    [Display(Name = "Kind")]
    [Required(ErrorMessage = "Required")]
    public PublicityKind? Kind { get; set; }

    [Display(Name = "Date")]
    [Required(ErrorMessage = "Required")]
    public DateOnly? Date { get; set; }

    [Display(Name = "ActionTitle")]
    [Required(ErrorMessage = "Required")]
    [StringLength(200, ErrorMessage = "TooLong")]
    public string? Title { get; set; }

    [Display(Name = "Description")]
    [StringLength(4000, ErrorMessage = "TooLong")]
    public string? Description { get; set; }

    [Display(Name = "Reach")]
    [Range(0, 100_000_000, ErrorMessage = "OutOfRange")]
    public int? Reach { get; set; }
}
