namespace OneStop.Data.Entities;

/// <summary>
/// An eligibility list of a structure for a programme (ΤΕΒΑ, the municipal social grocery …): the
/// households that may receive, and how often (<see cref="MaxPerPeriod"/> per <see cref="Period"/>).
/// </summary>
public sealed class EligibilityList : IVersioned
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public int? ProgrammeId { get; set; }
    public Programme? Programme { get; set; }
    public required string Name { get; set; }
    public int MaxPerPeriod { get; set; } = 1;
    public FrequencyPeriod Period { get; set; } = FrequencyPeriod.Month;

    /// <summary>True: a household over the limit or off the list is refused; false: only warned.</summary>
    public bool Enforced { get; set; }

    public bool IsActive { get; set; } = true;
    public int Version { get; set; }
    public List<EligibleHousehold> Households { get; set; } = [];
}

/// <summary>A household on a list, represented by its applicant, from a start date to an optional end date.</summary>
public sealed class EligibleHousehold : IVersioned
{
    public int Id { get; set; }
    public int ListId { get; set; }
    public int BeneficiaryId { get; set; }
    public Beneficiary? Beneficiary { get; set; }
    public int HouseholdSize { get; set; } = 1;
    public DateOnly StartDate { get; set; }
    public DateOnly? EndDate { get; set; }
    public int Version { get; set; }
}

/// <summary>A distribution round: a day and a place where households receive, with anonymous meals (soup kitchens).</summary>
public sealed class DistributionRound : IVersioned
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public int ListId { get; set; }
    public DateOnly Day { get; set; }
    public required string Place { get; set; }
    public int AnonymousMeals { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }
}

/// <summary>What one household received once.</summary>
public sealed class Distribution : IVersioned
{
    public long Id { get; set; }
    public int StructureId { get; set; }
    public int ListId { get; set; }
    public int? RoundId { get; set; }
    public int BeneficiaryId { get; set; }
    public Beneficiary? Beneficiary { get; set; }

    /// <summary>UTC.</summary>
    public DateTime OccurredAt { get; set; }

    /// <summary>The day in Europe/Athens, the key of the frequency rule.</summary>
    public DateOnly Day { get; set; }

    /// <summary>The household size on the day (the list's value then), for the persons-served report.</summary>
    public int HouseholdSize { get; set; }

    public int Parcels { get; set; }
    public string? Items { get; set; }
    public SignatureKind Signature { get; set; }
    public Guid? SignatureFileId { get; set; }

    /// <summary>Given although the frequency rule or the list's dates warned against it.</summary>
    public bool OverridesRule { get; set; }

    public string? StaffUserId { get; set; }
    public string? StaffName { get; set; }
    public int Version { get; set; }
}
