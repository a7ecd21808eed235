namespace OneStop.Data.Auditing;

/// <summary>Who is making the change being saved; the web app reads it from the signed-in user.</summary>
public interface IAuditActor
{
    string? UserId { get; }
    string? UserName { get; }
}

public sealed class SystemAuditActor : IAuditActor
{
    public static readonly SystemAuditActor Instance = new();
    public string? UserId => null;
    public string? UserName => "system";
}
