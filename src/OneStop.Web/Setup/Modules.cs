using OneStop.Web.Features.Access;
using OneStop.Web.Features.Activities;
using OneStop.Web.Features.Admin;
using OneStop.Web.Features.Beneficiaries;
using OneStop.Web.Features.Cases;
using OneStop.Web.Features.Distribution;
using OneStop.Web.Features.Duplicates;
using OneStop.Web.Features.FrontDesk;
using OneStop.Web.Features.Mobile;
using OneStop.Web.Features.Navigation;
using OneStop.Web.Features.Network;
using OneStop.Web.Features.Participants;
using OneStop.Web.Features.Partners;
using OneStop.Web.Features.Public;
using OneStop.Web.Features.Referrals;
using OneStop.Web.Features.Reports;
using OneStop.Web.Features.Seeding;
using OneStop.Web.Features.Staff;
using OneStop.Web.Features.Structures;

namespace OneStop.Web.Setup;

/// <summary>
/// The composition root of the features: each area registers its own services in
/// Features/&lt;Area&gt;/&lt;Area&gt;Module.cs, and this is the one list of areas. Network comes before Staff:
/// it replaces the certification pack's empty material source.
/// </summary>
public static class Modules
{
    public static void AddModules(this WebApplicationBuilder builder) =>
        builder.Services
            .AddAccessModule()
            .AddNavigationModule()
            .AddSeedingModule()
            .AddStructuresModule()
            .AddAdminModule()
            .AddBeneficiariesModule()
            .AddDuplicatesModule()
            .AddFrontDeskModule()
            .AddPublicModule()
            .AddReferralsModule()
            .AddPartnersModule()
            .AddNetworkModule()
            .AddStaffModule()
            .AddActivitiesModule()
            .AddDistributionModule()
            .AddMobileModule()
            .AddCasesModule()
            .AddParticipantsModule()
            .AddReportsModule();
}
