using System.Text.Json.Serialization;

namespace OneStop.Data.Entities;

/// <summary>
/// One beneficiary's participation in one structure's ESF operation (docs/INDICATORS.md). The entry
/// values describe the person on the entry date and are kept here, not on the person, so that a
/// later change in the registry does not rewrite what was reported (ADR 020).
/// </summary>
public sealed class Participation : IVersioned
{
    public int Id { get; set; }
    public int StructureId { get; set; }
    public int BeneficiaryId { get; set; }
    public Beneficiary? Beneficiary { get; set; }

    /// <summary>The row's id in the file it was imported from (the template's external_id).</summary>
    public string? ExternalId { get; set; }

    public DateOnly EntryDate { get; set; }

    /// <summary>
    /// Kept by the database (triggers, ADR 023): this is the person's earliest participation in the
    /// structure, whose entry data the ESF indicators count.
    /// </summary>
    public bool IsFirst { get; set; }

    /// <summary>Kept by the database: every participation of the person there has ended and this one ended last; its exit data count.</summary>
    public bool IsLast { get; set; }
    public Gender? Gender { get; set; }
    public DateOnly? BirthDate { get; set; }
    public LabourStatus? LabourStatus { get; set; }
    public int? UnemployedMonths { get; set; }
    public int? Isced { get; set; }
    public YesNoRefused? Disability { get; set; }
    public YesNoRefused? ForeignBackground { get; set; }
    public YesNoRefused? Minority { get; set; }
    public YesNoRefused? Homeless { get; set; }
    public YesNoRefused? OtherDisadvantaged { get; set; }
    public bool? ThirdCountryNational { get; set; }
    public bool? Rural { get; set; }

    public DateOnly? ExitDate { get; set; }
    public ExitSituation? ExitSituation { get; set; }
    public bool? QualificationGained { get; set; }

    /// <summary>Six months after the exit: when the follow-up is due (kept for the to-do list's index).</summary>
    public DateOnly? FollowUpDue { get; set; }
    public SituationAfterSixMonths? Situation6m { get; set; }
    public bool? Improved6m { get; set; }
    public DateTime? FollowUpRecordedAt { get; set; }

    public DateTime CreatedAt { get; set; }
    public string? CreatedBy { get; set; }
    public int Version { get; set; }
}

