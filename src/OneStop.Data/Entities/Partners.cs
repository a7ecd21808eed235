namespace OneStop.Data.Entities;

/// <summary>An organisation of the partner directory (Open Referral HSDS "organization").</summary>
public sealed class PartnerOrganization : IVersioned
{
    public int Id { get; set; }

    /// <summary>The HSDS identifier (a UUID), kept through export and import.</summary>
    public Guid HsdsId { get; set; }

    public int MunicipalityId { get; set; }
    public required string Name { get; set; }
    public OrganizationKind Kind { get; set; }

    /// <summary>When the organisation is another OneStop structure, referrals to it go to its inbox.</summary>
    public int? StructureId { get; set; }

    public string? Description { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public int Version { get; set; }

    public List<PartnerService> Services { get; set; } = [];
}

/// <summary>A service an organisation offers (HSDS "service" with its location, contact and schedule).</summary>
public sealed class PartnerService : IVersioned
{
    public int Id { get; set; }
    public Guid HsdsId { get; set; }
    public int OrganizationId { get; set; }
    public PartnerOrganization? Organization { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public string? Eligibility { get; set; }

    /// <summary>ISO 639-1 codes separated by commas.</summary>
    public string? Languages { get; set; }

    public string? Fees { get; set; }
    public string? Schedule { get; set; }
    public string? Address { get; set; }
    public string? City { get; set; }
    public string? PostalCode { get; set; }
    public string? ContactName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Accessibility { get; set; }
    public PartnerServiceStatus Status { get; set; } = PartnerServiceStatus.Active;
    public DateOnly? VerifiedOn { get; set; }
    public string? VerifiedBy { get; set; }
    public int Version { get; set; }
}
