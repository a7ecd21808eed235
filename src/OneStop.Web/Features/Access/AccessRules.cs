using OneStop.Data.Entities;

namespace OneStop.Web.Features.Access;

/// <summary>What a role lets its holder do, in the structures its grant reaches.</summary>
public enum Capability
{
    /// <summary>The structure exists for the user: its details, hours, services and staff list.</summary>
    SeeStructure,

    /// <summary>Change a structure's details, hours, services and regulation.</summary>
    ManageStructure,

    /// <summary>Create structures and users, give roles, keep the reference lists.</summary>
    Administer,

    /// <summary>Identity and contact of the people linked to the structure, and what the structure recorded of them.</summary>
    ReadPeople,

    /// <summary>Register, change and link people; record visits, appointments, activities and distributions.</summary>
    WritePeople,

    /// <summary>Read the structure's case files (documents included, confidential notes not).</summary>
    ReadCases,

    /// <summary>Open and keep the structure's case files.</summary>
    KeepCases,

    /// <summary>Read and write the confidential notes of the structure's cases.</summary>
    ConfidentialNotes,

    /// <summary>Read the ESF participation data of the structure (and its data-quality report).</summary>
    ReadEsf,

    /// <summary>Record ESF entries, exits and follow-ups, and import participants.</summary>
    RecordEsf,

    /// <summary>Merges, corrections of older days, the coordinator's dashboard, likely duplicates.</summary>
    Coordinate,

    /// <summary>The structure's statistics, with the people behind the numbers.</summary>
    StatisticsWithPeople,

    /// <summary>The structure's statistics as aggregates only: small cells suppressed, no free text, no names.</summary>
    StatisticsAggregates,

    /// <summary>The structure's staff, contracts, leave, attendance, person-months and certification pack.</summary>
    ManageStaff,

    /// <summary>Referrals sent to the structure, with the fields they share.</summary>
    ReceiveReferrals,

    /// <summary>The municipality's partner directory (no personal data).</summary>
    ReadDirectory,

    /// <summary>Keep the municipality's partner directory up to date.</summary>
    EditDirectory,

    /// <summary>The audit log of the structure: who, when, which record and which fields (not the values).</summary>
    ReadAudit,

    /// <summary>The values in the audit log of the structure (old and new), and the break-the-glass review.</summary>
    ReadAuditValues,

    /// <summary>Review the break-the-glass links made into the structure.</summary>
    ReviewBreakGlass,

    /// <summary>The structure's networking plan, meetings and publicity material.</summary>
    ReadNetwork,

    /// <summary>Record, correct and delete the structure's networking and publicity records.</summary>
    RecordNetwork,
}

/// <summary>Which structures a grant of a role reaches.</summary>
public enum Reach
{
    /// <summary>The structure named on the grant.</summary>
    Structure,

    /// <summary>The structure named on the grant and every structure below it.</summary>
    Subtree,

    /// <summary>Every structure of the grant's municipality that is not protected.</summary>
    OpenMunicipality,

    /// <summary>Every structure of the grant's municipality, protected ones included.</summary>
    Municipality,
}

/// <summary>
/// The one table of docs/DESIGN.md §5: for each role, which structures its grant reaches and what it may do
/// there. <see cref="AccessScope"/> turns a user's grants into structures per capability with this table;
/// no other file decides access (a test fails when another file names a role).
/// A grant without a structure (national) reaches every structure, protected ones only for the roles
/// marked <see cref="RoleRule.NationalReachesProtected"/>. A <see cref="IsSealed">sealed</see> capability — what a
/// structure records about people, and its statistics — reaches a protected structure only through a grant
/// that names that structure: nothing recorded by a protected structure reaches anyone outside it.
/// </summary>
public static class AccessRules
{
    public sealed record RoleRule(AppRole Role, Reach Reach, bool NationalReachesProtected, bool MayBeNational, IReadOnlySet<Capability> Can);

    private static RoleRule Rule(AppRole role, Reach reach, bool nationalReachesProtected, bool mayBeNational, params Capability[] can) =>
        new(role, reach, nationalReachesProtected, mayBeNational, can.ToHashSet());

    public static readonly IReadOnlyList<RoleRule> Table =
    [
        Rule(AppRole.FrontDesk, Reach.Structure, false, false,
            Capability.SeeStructure, Capability.ReadPeople, Capability.WritePeople, Capability.ReceiveReferrals, Capability.ReadDirectory),
        Rule(AppRole.Caseworker, Reach.Structure, false, false,
            Capability.SeeStructure, Capability.ReadPeople, Capability.WritePeople, Capability.ReadCases, Capability.KeepCases,
            Capability.ConfidentialNotes, Capability.ReadEsf, Capability.RecordEsf, Capability.ReceiveReferrals, Capability.ReadDirectory,
            Capability.ReadNetwork, Capability.RecordNetwork),
        Rule(AppRole.Coordinator, Reach.Structure, false, false,
            Capability.SeeStructure, Capability.ReadPeople, Capability.WritePeople, Capability.ReadCases, Capability.KeepCases,
            Capability.ConfidentialNotes, Capability.ReadEsf, Capability.RecordEsf, Capability.ReceiveReferrals, Capability.ReadDirectory,
            Capability.Coordinate, Capability.ManageStructure, Capability.ManageStaff, Capability.StatisticsWithPeople,
            Capability.EditDirectory, Capability.ReviewBreakGlass, Capability.ReadNetwork, Capability.RecordNetwork),
        Rule(AppRole.Supervisor, Reach.OpenMunicipality, false, false,
            Capability.SeeStructure, Capability.ReadPeople, Capability.ReadCases, Capability.ReadEsf, Capability.StatisticsWithPeople,
            Capability.ReadDirectory, Capability.EditDirectory, Capability.ReadNetwork),
        Rule(AppRole.Partner, Reach.Structure, false, false,
            Capability.SeeStructure, Capability.ReceiveReferrals, Capability.ReadDirectory),
        Rule(AppRole.Auditor, Reach.Structure, false, true,
            Capability.SeeStructure, Capability.StatisticsAggregates, Capability.ReadDirectory),
        Rule(AppRole.DataProtectionOfficer, Reach.Municipality, true, true,
            Capability.SeeStructure, Capability.ReadAudit, Capability.ReadAuditValues, Capability.ReviewBreakGlass, Capability.ReadDirectory),
        Rule(AppRole.Administrator, Reach.Subtree, true, true,
            Capability.SeeStructure, Capability.ManageStructure, Capability.Administer, Capability.ManageStaff, Capability.ReadAudit,
            Capability.ReadDirectory, Capability.EditDirectory, Capability.ReadNetwork, Capability.RecordNetwork),
    ];

    private static readonly HashSet<Capability> Sealed =
    [
        Capability.ReadPeople, Capability.WritePeople, Capability.ReadCases, Capability.KeepCases, Capability.ConfidentialNotes,
        Capability.ReadEsf, Capability.RecordEsf, Capability.Coordinate, Capability.StatisticsWithPeople, Capability.StatisticsAggregates,
        Capability.ReceiveReferrals, Capability.ReviewBreakGlass, Capability.ReadNetwork, Capability.RecordNetwork,
    ];

    /// <summary>True for what a structure records about people and its statistics: a protected structure's stay inside it.</summary>
    public static bool IsSealed(Capability capability) => Sealed.Contains(capability);

    private static readonly Dictionary<AppRole, RoleRule> ByRole = Table.ToDictionary(r => r.Role);

    public static RoleRule For(AppRole role) => ByRole[role];

    /// <summary>The roles that give this capability (e.g. who may be assigned to keep a case).</summary>
    public static AppRole[] RolesWith(Capability capability) =>
        [.. Table.Where(r => r.Can.Contains(capability)).Select(r => r.Role)];

    /// <summary>Roles that may be granted without a structure, across every municipality.</summary>
    public static AppRole[] NationalRoles { get; } = [.. Table.Where(r => r.MayBeNational).Select(r => r.Role)];

    /// <summary>The capabilities the user holds somewhere (for menus and entry checks; the scope still decides where).</summary>
    public static HashSet<Capability> CapabilitiesOf(UserAccess user) =>
        user.IsActive ? user.Grants.SelectMany(g => For(g.Role).Can).ToHashSet() : [];

    /// <summary>No one changes their own roles: an administrator cannot give themselves a working role.</summary>
    public static bool MayChangeRolesOf(string callerId, string targetUserId) => !string.Equals(callerId, targetUserId, StringComparison.Ordinal);
}
