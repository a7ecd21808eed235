namespace OneStop.Data.Entities;

/// <summary>A programme or benefit the centre links people to (ΚΕΑ, housing benefit, ΤΕΒΑ …).</summary>
public sealed class Programme : IVersioned
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameEl { get; set; }
    public required string NameEn { get; set; }
    public string? Description { get; set; }
    public string? Authority { get; set; }
    public bool IsActive { get; set; } = true;
    public int Version { get; set; }

    /// <summary>Public content (the portal): what it is, who may be eligible, documents to bring (one a line).</summary>
    public string? SummaryEl { get; set; }
    public string? SummaryEn { get; set; }
    public string? EligibilityEl { get; set; }
    public string? EligibilityEn { get; set; }
    public string? DocumentsEl { get; set; }
    public string? DocumentsEn { get; set; }

    /// <summary>The published rules of the "what might I be entitled to?" questionnaire; all must hold.</summary>
    public List<EligibilityRule> Rules { get; set; } = [];
}
