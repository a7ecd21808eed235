using System.Text.Json.Serialization;

namespace OneStop.Data.Entities;

/// <summary>A resident's request for an appointment, sent from the public portal without an account.</summary>
public sealed class AppointmentRequest : IVersioned
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public required string Name { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public required string Topic { get; set; }

    /// <summary>The Athens day the resident would like, if any, and the part of the day.</summary>
    public DateOnly? PreferredDate { get; set; }
    public TimeWindow Window { get; set; }

    /// <summary>Programme codes the questionnaire suggested, when the request came from it.</summary>
    public string? ProgrammeCodes { get; set; }

    /// <summary>UTC: when the request arrived (with the privacy notice accepted).</summary>
    public DateTime RequestedAt { get; set; }

    public AppointmentStatus Status { get; set; }

    /// <summary>UTC: the time the front desk confirmed or proposed.</summary>
    public DateTime? AppointmentAt { get; set; }
    public string? HandledBy { get; set; }
    public int Version { get; set; }
}

