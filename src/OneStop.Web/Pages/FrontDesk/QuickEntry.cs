using System.ComponentModel.DataAnnotations;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Pages.FrontDesk;

/// <summary>The Today form: the visit fields, the wall-clock time and the chosen person's label.</summary>
[TextResource(typeof(FrontDeskResource))]
public sealed class QuickEntry : VisitFields
{
    /// <summary>HH:mm in Europe/Athens; now when empty.</summary>
    [Display(Name = "OccurredAt")]
    [RegularExpression(@"^([01]?\d|2[0-3]):[0-5]\d$", ErrorMessage = "InvalidTime")]
    public string? Time { get; set; }

    /// <summary>What the search box showed for the chosen person, so a rejected form keeps it.</summary>
    public string? PersonLabel { get; set; }
}
