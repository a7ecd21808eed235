using System.Text.RegularExpressions;
using OneStop.Data.Entities;
using OneStop.Tests.Architecture;
using OneStop.Web.Features.Access;

namespace OneStop.Tests.Access;

/// <summary>
/// Access is decided in one place: the table of <see cref="AccessRules"/> and the scope service of
/// Features/Access. These tests read the source tree and fail when another file names a role, reads a
/// user's grants, or when a view injects a scope.
/// </summary>
public sealed partial class OneRuleTests
{
    // Setting up accounts (the first administrator, the demo users) names roles as data; it decides nothing.
    private static readonly string[] MayNameRoles = ["Features/Access/", "Features/Seeding/BootstrapAdministrator.cs", "Features/Seeding/DemoData.cs"];

    [Fact]
    public void Source_OutsideAccess_NamesNoRoleAndReadsNoGrants()
    {
        var offenders = Source.Files("*.cs").Concat(Source.Files("*.cshtml"))
            .Where(f => !MayNameRoles.Any(f.Relative.StartsWith))
            .SelectMany(f => File.ReadLines(f.Path).Select((line, i) => (f.Relative, Line: i + 1, Text: line)))
            .Where(l => RoleOrGrants().IsMatch(l.Text))
            .Select(l => $"{l.Relative}:{l.Line}: {l.Text.Trim()}")
            .ToList();

        Assert.True(offenders.Count == 0, "Access decided outside Features/Access:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Views_InjectNoScope()
    {
        var offenders = Source.Files("*.cshtml")
            .SelectMany(f => File.ReadLines(f.Path).Where(l => l.TrimStart().StartsWith("@inject", StringComparison.Ordinal)).Select(l => $"{f.Relative}: {l.Trim()}"))
            .Where(l => ScopeType().IsMatch(l))
            .ToList();

        Assert.True(offenders.Count == 0, "Views that inject a scope:\n" + string.Join('\n', offenders));
    }

    [Fact]
    public void Table_EveryRoleHasOneRule()
    {
        Assert.Equal(Enum.GetValues<AppRole>().Order(), AccessRules.Table.Select(r => r.Role).Order());
    }

    [Theory]
    [InlineData(AppRole.Administrator, Capability.ReadPeople, false)]
    [InlineData(AppRole.Administrator, Capability.ReadAuditValues, false)]
    [InlineData(AppRole.Auditor, Capability.ReadPeople, false)]
    [InlineData(AppRole.Auditor, Capability.StatisticsWithPeople, false)]
    [InlineData(AppRole.FrontDesk, Capability.ConfidentialNotes, false)]
    [InlineData(AppRole.Supervisor, Capability.ConfidentialNotes, false)]
    [InlineData(AppRole.Supervisor, Capability.WritePeople, false)]
    [InlineData(AppRole.Partner, Capability.ReadPeople, false)]
    [InlineData(AppRole.DataProtectionOfficer, Capability.ReadPeople, false)]
    [InlineData(AppRole.Caseworker, Capability.ConfidentialNotes, true)]
    [InlineData(AppRole.DataProtectionOfficer, Capability.ReadAuditValues, true)]
    public void Table_FollowsDesignSection5(AppRole role, Capability capability, bool allowed)
    {
        Assert.Equal(allowed, AccessRules.For(role).Can.Contains(capability));
    }

    [Fact]
    public void Table_EveryCapabilityOverPeopleIsSealed()
    {
        Capability[] people = [Capability.ReadPeople, Capability.WritePeople, Capability.ReadCases, Capability.KeepCases, Capability.ConfidentialNotes,
            Capability.ReadEsf, Capability.RecordEsf, Capability.StatisticsWithPeople, Capability.StatisticsAggregates, Capability.ReadNetwork];
        Assert.All(people, c => Assert.True(AccessRules.IsSealed(c), c.ToString()));
    }

    [GeneratedRegex(@"\bAppRole\.[A-Z]|\.Grants\b|\.Has\(|\.HasNational\(")]
    private static partial Regex RoleOrGrants();

    [GeneratedRegex(@"Scope\b|Access\b|CurrentUser\b|AccessRules")]
    private static partial Regex ScopeType();
}
