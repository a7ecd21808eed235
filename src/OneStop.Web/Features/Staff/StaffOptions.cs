using System.ComponentModel.DataAnnotations;

namespace OneStop.Web.Features.Staff;

/// <summary>OneStop:Staff settings.</summary>
public sealed class StaffOptions
{
    /// <summary>The full-time week person-months are measured against.</summary>
    [Range(1, 80)]
    public decimal FullTimeWeeklyHours { get; set; } = Domain.PersonMonths.DefaultFullTimeWeeklyHours;
}
