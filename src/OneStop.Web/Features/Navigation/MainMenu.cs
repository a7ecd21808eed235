using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Access;

namespace OneStop.Web.Features.Navigation;

public sealed record MenuLink(string Href, string Text);

/// <summary>A group of the main navigation; with one link it is shown as that link, with more as a menu.</summary>
public sealed record MenuGroup(string Title, IReadOnlyList<MenuLink> Links);

/// <summary>
/// The main navigation of a user: the daily screens as links, the rest grouped into menus (ADR 083).
/// Each link is shown to those who hold the capability its page needs somewhere (AccessRules); the page still asks the scope.
/// </summary>
public sealed class MainMenu(IStringLocalizerFactory texts, CurrentUser currentUser)
{
    /// <summary>The signed-in user (for the header) and their menu; inactive and empty when signed out.</summary>
    public async Task<(UserAccess Me, IReadOnlyList<MenuGroup> Groups)> ForCurrentUserAsync()
    {
        var me = await currentUser.GetAsync();
        return (me, For(me));
    }

    public IReadOnlyList<MenuGroup> For(UserAccess me)
    {
        if (!me.IsActive)
        {
            return [];
        }

        string T(Type resource, string key) => texts.Create(resource)[key];
        string Shared(string key) => T(typeof(SharedResource), key);
        var can = AccessRules.CapabilitiesOf(me);
        bool Has(params Capability[] any) => any.Any(can.Contains);

        var groups = new List<MenuGroup>();
        void Add(string title, params (bool Show, string Href, string Text)[] links)
        {
            var shown = links.Where(l => l.Show).Select(l => new MenuLink(l.Href, l.Text)).ToList();
            if (shown.Count > 0)
            {
                groups.Add(new MenuGroup(title, shown));
            }
        }

        var works = Has(Capability.WritePeople);
        Add(Shared("NavToday"), (works, "/FrontDesk/Today", Shared("NavToday")));
        Add(Shared("NavRegistry"), (Has(Capability.ReadPeople), "/Beneficiaries", Shared("NavRegistry")));
        Add(T(typeof(CasesResource), "NavCases"), (Has(Capability.ReadCases), "/Cases", T(typeof(CasesResource), "NavCases")));
        Add(Shared("NavGroupSupport"),
            (works, "/Cases/Appointments", T(typeof(CasesResource), "NavAppointments")),
            (Has(Capability.ReadPeople, Capability.ReceiveReferrals), "/Referrals", T(typeof(ReferralsResource), "NavReferrals")),
            (Has(Capability.ReadNetwork), "/Network", T(typeof(NetworkResource), "NavNetwork")),
            (works, "/Activities", T(typeof(ActivitiesResource), "NavActivities")),
            (works, "/Distribution", T(typeof(DistributionResource), "NavDistribution")),
            (works, "/mobile/", T(typeof(MobileResource), "NavMobile")));
        Add(Shared("NavGroupReports"),
            (Has(Capability.ReadEsf), "/Participants", T(typeof(ParticipantsResource), "NavParticipants")),
            (Has(Capability.StatisticsWithPeople, Capability.StatisticsAggregates), "/Reports/Esf", T(typeof(ReportsResource), "NavReports")),
            (Has(Capability.StatisticsWithPeople, Capability.StatisticsAggregates), "/Reports/Activity", T(typeof(ReportsResource), "ActivityTitle")),
            (Has(Capability.ReadEsf), "/Reports/Quality", T(typeof(ReportsResource), "NavQuality")));
        Add(Shared("NavGroupCentre"),
            (true, "/Structures", Shared("NavStructures")),
            (Has(Capability.ManageStaff), "/Staff", T(typeof(StaffResource), "NavStaff")),
            (works, "/Staff/Me", T(typeof(StaffResource), "NavMyAttendance")),
            (Has(Capability.ReviewBreakGlass) && !Has(Capability.ReadAudit), "/Admin/Audit?Input.Action=break_glass", Shared("NavBreakGlass")),
            (true, "/p", T(typeof(PublicResource), "NavPortal")));
        Add(Shared("NavGroupAdministration"),
            (Has(Capability.Administer), "/Admin/Users", Shared("NavUsers")),
            (Has(Capability.Administer), "/Admin/Reference", Shared("NavReference")),
            (Has(Capability.ReadAudit), "/Admin/Audit", Shared("NavAudit")));
        return groups;
    }

    /// <summary>True when the link leads to the page being shown (or a page under it).</summary>
    public static bool IsCurrent(MenuLink link, string path) =>
        link.Href != "/" && (path.Equals(link.Href.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            || path.StartsWith(link.Href.TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));
}
