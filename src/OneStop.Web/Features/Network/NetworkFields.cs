using System.ComponentModel.DataAnnotations;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Network;

[TextResource(typeof(NetworkResource))]
public sealed class NetworkPartnerFields
{
    /// <summary>The form of a recorded partner, to correct it.</summary>
    public static NetworkPartnerFields From(NetworkPartner p) => new() { Name = p.Name, Form = p.Form, Channel = p.Channel, Since = p.Since, Notes = p.Notes };

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
    /// <summary>The form of a recorded meeting, to correct it.</summary>
    public static MeetingFields From(NetworkMeeting m) => new() { Date = m.Date, Title = m.Title, PartnerId = m.PartnerId, Participants = m.Participants, Minutes = m.Minutes };

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
    /// <summary>The form of a recorded publicity action, to correct it.</summary>
    public static PublicityFields From(PublicityAction a) => new() { Kind = a.Kind, Date = a.Date, Title = a.Title, Description = a.Description, Reach = a.Reach };

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
