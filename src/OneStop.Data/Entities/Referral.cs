namespace OneStop.Data.Entities;

/// <summary>
/// A closed-loop referral of a person from a structure to another structure (its inbox) or to an
/// external partner service (answering through a signed link). The receiver sees only the fields
/// listed in <see cref="SharedFields"/>, read through the referral, never through a person link.
/// </summary>
public sealed class Referral : IVersioned
{
    public int Id { get; set; }
    public int BeneficiaryId { get; set; }
    public Beneficiary? Beneficiary { get; set; }
    public int FromStructureId { get; set; }
    public Structure? FromStructure { get; set; }
    public int? ToStructureId { get; set; }
    public Structure? ToStructure { get; set; }
    public int? ToPartnerServiceId { get; set; }
    public PartnerService? ToPartnerService { get; set; }
    public required string Reason { get; set; }
    public ReferralUrgency Urgency { get; set; }
    public DateOnly? DueDate { get; set; }

    /// <summary>Field codes (camelCase JSON names of the person) shared with the receiver, comma-separated.</summary>
    public string SharedFields { get; set; } = "";

    /// <summary>The legal basis stated when the person's consent for referral is not on record.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>The consent the referral relied on, when it did.</summary>
    public int? ConsentId { get; set; }

    public ReferralStatus Status { get; set; }
    public string? DeclineReason { get; set; }
    public string? Outcome { get; set; }
    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? AcceptedAt { get; set; }
    public DateTime? CompletedAt { get; set; }

    /// <summary>Changes with every signed link issued, so that issuing a new link revokes the old one.</summary>
    public string? LinkNonce { get; set; }

    /// <summary>When the current signed link stops working.</summary>
    public DateTime? LinkExpiresAt { get; set; }

    public int Version { get; set; }

    public List<ReferralStatusChange> History { get; set; } = [];
}

/// <summary>One step of a referral's life: when, by whom, from which status to which, and why.</summary>
public sealed class ReferralStatusChange
{
    public int Id { get; set; }
    public int ReferralId { get; set; }
    public ReferralStatus? FromStatus { get; set; }
    public ReferralStatus ToStatus { get; set; }
    public string? Note { get; set; }
    public DateTime At { get; set; }
    public string? ByUserId { get; set; }
    public required string ByName { get; set; }
}
