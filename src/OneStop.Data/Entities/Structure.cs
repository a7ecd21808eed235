namespace OneStop.Data.Entities;

public sealed class Structure : IVersioned
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public int StructureTypeId { get; set; }
    public StructureType? StructureType { get; set; }
    public int? ParentId { get; set; }
    public Structure? Parent { get; set; }
    public int MunicipalityId { get; set; }
    public Municipality? Municipality { get; set; }
    public string? Address { get; set; }
    public string? PostalCode { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }

    /// <summary>Shelters and services for victims of violence: never revealed to other structures.</summary>
    public bool IsProtected { get; set; }

    public AccessibilityFeatures Accessibility { get; set; }
    public string? AccessibilityNotes { get; set; }
    public Guid? RegulationFileId { get; set; }
    public StoredFile? RegulationFile { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }

    public List<OpeningInterval> OpeningHours { get; set; } = [];
    public List<HoursException> HoursExceptions { get; set; } = [];
    public List<Service> Services { get; set; } = [];
}
