namespace OneStop.Web.Features.Cases;

/// <summary>The outcome of a case command: the new record's id, or errors keyed by field, or not found / conflict.</summary>
public sealed record CaseResult(long? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false, bool Conflict = false, int? ExistingId = null)
{
    public bool Succeeded => Errors.Count == 0 && !NotFound && !Conflict;

    public static CaseResult Missing() => new(null, [], NotFound: true);

    public static CaseResult Done(long id) => new(id, []);

    public static CaseResult Invalid(string field, string message) => new(null, [new(field, message)]);
}
