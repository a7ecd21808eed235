namespace OneStop.Data.Entities;

/// <summary>A person served by one or more structures of a municipality (the data controller).</summary>
public sealed class Beneficiary : IVersioned
{
    public int Id { get; set; }
    public int MunicipalityId { get; set; }

    /// <summary>
    /// Where identifiers must be unique: "m{municipalityId}" for the municipal registry, or
    /// "p{structureId}" for a person registered by a protected structure, who is never matched
    /// against (or revealed to) the rest of the municipality.
    /// </summary>
    public required string Partition { get; set; }

    public required string LastName { get; set; }
    public required string FirstName { get; set; }
    public string? FatherName { get; set; }
    public string? MotherName { get; set; }
    public string? LatinLastName { get; set; }
    public string? LatinFirstName { get; set; }
    public DateOnly? BirthDate { get; set; }
    public Gender? Gender { get; set; }
    public string? Amka { get; set; }
    public string? Afm { get; set; }
    public IdDocumentType? IdDocumentType { get; set; }
    public string? IdDocumentNumber { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code.</summary>
    public string? Nationality { get; set; }

    /// <summary>Languages spoken, ISO 639-1 codes separated by commas.</summary>
    public string? Languages { get; set; }

    public string? Phone { get; set; }

    /// <summary>The phone's digits reversed, so that "the last digits" is a prefix search on an index.</summary>
    public string? PhoneReversed { get; set; }

    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? ResidenceMunicipality { get; set; }

    public YesNoRefused? Disability { get; set; }
    public YesNoRefused? ForeignBackground { get; set; }
    public YesNoRefused? Minority { get; set; }
    public YesNoRefused? Homeless { get; set; }
    public YesNoRefused? OtherDisadvantaged { get; set; }
    public bool? ThirdCountryNational { get; set; }
    public bool? Rural { get; set; }

    public DateTime? PrivacyNoticeGivenAt { get; set; }
    public string? PrivacyNoticeGivenBy { get; set; }

    /// <summary>Set when this record was merged into another; it then no longer appears anywhere.</summary>
    public int? MergedIntoId { get; set; }

    public DateTime CreatedAt { get; set; }
    public int Version { get; set; }

    public List<BeneficiaryNameKey> NameKeys { get; set; } = [];
    public List<BeneficiaryNamePair> NamePairs { get; set; } = [];
    public List<BeneficiaryLink> Links { get; set; } = [];
    public List<Consent> Consents { get; set; } = [];
    public List<HouseholdMember> Household { get; set; } = [];
}

/// <summary>One phonetic word key of a person's names (Greek and Latin), for indexed prefix search.</summary>
public sealed class BeneficiaryNameKey
{
    public long Id { get; set; }
    public int BeneficiaryId { get; set; }
    public required string Key { get; set; }

    /// <summary>
    /// All the person's keys, each after a space (" georgios papadopoulos"), kept in the index with
    /// the key: the other words of a search are checked on the index entry itself (ADR 081).
    /// </summary>
    public string Words { get; set; } = "";
}

/// <summary>
/// Two name words of a person by their first three letters ("geo" + "pap" → "geopap", the smaller
/// first): a search of two words reads the people who have both at once instead of walking all
/// the people of one word (ADR 008).
/// </summary>
public sealed class BeneficiaryNamePair
{
    public long Id { get; set; }
    public int BeneficiaryId { get; set; }
    public required string Pair { get; set; }

    /// <summary>All the person's keys, each after a space, as in <see cref="BeneficiaryNameKey.Words"/>.</summary>
    public string Words { get; set; } = "";
}

/// <summary>A structure that serves the person: its users see the identity and what it recorded.</summary>
public sealed class BeneficiaryLink
{
    public int Id { get; set; }
    public int BeneficiaryId { get; set; }
    public int StructureId { get; set; }
    public Structure? Structure { get; set; }
    public LinkReason Reason { get; set; }
    public DateTime LinkedAt { get; set; }
    public string? LinkedBy { get; set; }
}

public sealed class Consent
{
    public int Id { get; set; }
    public int BeneficiaryId { get; set; }
    public int StructureId { get; set; }
    public ConsentPurpose Purpose { get; set; }
    public bool Given { get; set; }
    public DateOnly Date { get; set; }
    public DateOnly? Expires { get; set; }
    public DateOnly? WithdrawnOn { get; set; }
    public string? RecordedBy { get; set; }
}

public sealed class HouseholdMember
{
    public int Id { get; set; }
    public int BeneficiaryId { get; set; }
    public HouseholdRelationship Relationship { get; set; }
    public required string Name { get; set; }
    public DateOnly? BirthDate { get; set; }

    /// <summary>The member's own record, when they have one.</summary>
    public int? MemberBeneficiaryId { get; set; }
}

/// <summary>"Not the same person": a likely match the user dismissed is not offered again.</summary>
public sealed class DuplicateDismissal
{
    public int Id { get; set; }
    public int FirstId { get; set; }
    public int SecondId { get; set; }
    public DateTime DismissedAt { get; set; }
    public string? DismissedBy { get; set; }
}

/// <summary>A merge of two records, with what is needed to undo it.</summary>
public sealed class BeneficiaryMerge
{
    public int Id { get; set; }
    public int SurvivorId { get; set; }
    public int MergedId { get; set; }
    public DateTime MergedAt { get; set; }
    public string? MergedBy { get; set; }

    /// <summary>JSON: the survivor's fields before the merge and the ids of every row moved.</summary>
    public required string UndoData { get; set; }

    public DateTime? UndoneAt { get; set; }
    public string? UndoneBy { get; set; }
}
