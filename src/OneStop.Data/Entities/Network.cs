namespace OneStop.Data.Entities;

/// <summary>A partner in a structure's networking plan (Σχέδιο Δικτύωσης).</summary>
public sealed class NetworkPartner
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public required string Name { get; set; }

    /// <summary>The directory entry, when the partner is in it.</summary>
    public int? OrganizationId { get; set; }

    public CooperationForm Form { get; set; }
    public CooperationChannel Channel { get; set; }
    public DateOnly? Since { get; set; }
    public string? Notes { get; set; }
}

/// <summary>A meeting or a cooperation of the networking plan, with its minutes.</summary>
public sealed class NetworkMeeting
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public int? PartnerId { get; set; }
    public NetworkPartner? Partner { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }
    public string? Participants { get; set; }
    public string? Minutes { get; set; }
}

/// <summary>An action of the publicity plan (Σχέδιο Δημοσιότητας).</summary>
public sealed class PublicityAction
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public PublicityKind Kind { get; set; }
    public DateOnly Date { get; set; }
    public required string Title { get; set; }
    public string? Description { get; set; }

    /// <summary>People reached (copies, attendees, views), as counted by the structure.</summary>
    public int? Reach { get; set; }
}

/// <summary>An uploaded file (minutes, photo, poster …) of a meeting or a publicity action.</summary>
public sealed class NetworkAttachment
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public int? MeetingId { get; set; }
    public int? PublicityActionId { get; set; }
    public Guid FileId { get; set; }
    public StoredFile? File { get; set; }
}
