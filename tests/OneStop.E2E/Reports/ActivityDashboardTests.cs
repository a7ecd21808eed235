using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.E2E.Reports;

/// <summary>The activity dashboard as a Coordinator sees it: tiles, charts, tables; the three exports download; axe-clean in Greek and English.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ActivityDashboardTests(BrowserFixture fixture)
{
    private const string Password = "Coordinator-Password-1";

    [Fact]
    public async Task OpenDashboard_AsCoordinator_ShowsChartsAndExportsEveryFormat()
    {
        var municipality = await fixture.Server.MunicipalityAsync();
        var structure = await fixture.Server.FullStructureAsync(municipality, $"Κέντρο Κοινότητας Δήμου {Guid.NewGuid().ToString("N")[..4]}");
        var (email, visits) = await ArrangeAsync(structure);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Locator("input[type=email]").FillAsync(email);
        await page.Locator("input[type=password]").FillAsync(Password);
        await page.Locator("form.stacked button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        var findings = new StringBuilder();

        await page.GotoAsync("/Reports/Activity");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Στατιστικά δραστηριότητας");
        await Expect(page.Locator("#kpi-visits .kpi-value")).ToHaveTextAsync(visits.ToString("N0", CultureInfo.GetCultureInfo("el-GR")));
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Επισκέψεις ανά περίοδο και τρόπο επαφής" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "Πορεία παραπομπών" })).ToBeVisibleAsync();
        await CheckAsync(page, "reports-activity-el", findings);

        foreach (var name in new[] { "Excel (XLSX)", "CSV", "PDF" })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync());
            var path = await download.PathAsync();
            Assert.True(new FileInfo(path).Length > 100, $"{name}: {download.SuggestedFilename} is empty");
            if (name == "PDF")
            {
                File.Copy(path, Path.Combine(fixture.Screenshots.Folder, "reports-activity.pdf"), overwrite: true);
            }
        }

        await fixture.SetCultureAsync(page, "en-GB");
        await page.GotoAsync("/Reports/Activity?granularity=week");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Activity statistics");
        await CheckAsync(page, "reports-activity-week-en", findings);
        Assert.True(findings.Length == 0, findings.ToString());
    }

    /// <summary>A Coordinator and a year's plausible activity: visits on working days by channel and axis, cases, referrals.</summary>
    private async Task<(string Email, int Visits)> ArrangeAsync(int structureId)
    {
        await using var scope = fixture.Server.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var email = $"coordinator-{Guid.NewGuid():N}@e2e.local";
        var user = new AppUser { UserName = email, Email = email, DisplayName = "Συντονίστρια" };
        user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = AppRole.Coordinator, StructureId = structureId });
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);

        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var structure = await db.Structures.Include(s => s.Services).SingleAsync(s => s.Id == structureId);
        var today = AthensClock.DayOf(DateTime.UtcNow);
        var start = new DateOnly(today.Year, 1, 1);
        var random = new Random(6);
        string[] names = ["Παπαδόπουλος", "Γεωργίου", "Νικολάου", "Ιωάννου", "Οικονόμου", "Δημητρίου", "Κωνσταντίνου", "Αθανασίου"];
        var people = Enumerable.Range(0, 40).Select(i => new Beneficiary
        {
            MunicipalityId = structure.MunicipalityId, Partition = $"m{structure.MunicipalityId}", LastName = names[i % names.Length], FirstName = "Πρόσωπο " + i,
            Links = [new BeneficiaryLink { StructureId = structureId, Reason = LinkReason.Registered, LinkedAt = AthensClock.ToUtc(start.AddDays(random.Next(0, today.DayNumber - start.DayNumber + 1)), new(10, 0)) }],
        }).ToList();
        db.Beneficiaries.AddRange(people);
        await db.SaveChangesAsync();

        string[] reasons = ["Επίδομα θέρμανσης", "Ελάχιστο εγγυημένο εισόδημα", "Στέγαση", "Αναζήτηση εργασίας", "Πληροφορίες"];
        VisitChannel[] channels = [VisitChannel.InPerson, VisitChannel.InPerson, VisitChannel.InPerson, VisitChannel.Phone, VisitChannel.Phone, VisitChannel.Email, VisitChannel.HomeVisit, VisitChannel.MobileUnit];
        var count = 0;
        for (var day = start; day <= today; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var n = 2 + random.Next(0, 4) + (day.Month is 1 or 2 or 10 or 11 ? 2 : 0);
            for (var i = 0; i < n; i++, count++)
            {
                var at = AthensClock.ToUtc(day, new(9 + random.Next(0, 8), random.Next(0, 60)));
                var anonymous = random.Next(0, 7) == 0;
                var visit = new Visit
                {
                    StructureId = structureId, BeneficiaryId = anonymous ? null : people[random.Next(people.Count)].Id, OccurredAt = at, Day = day,
                    Channel = channels[random.Next(channels.Length)], Axis = (Axis)(1 + (random.Next(0, 10) switch { < 6 => 0, < 9 => 1, _ => 2 })),
                    Reason = reasons[random.Next(reasons.Length)],
                };
                if (random.Next(0, 3) == 0)
                {
                    visit.Services.Add(new VisitService { ServiceId = structure.Services[random.Next(structure.Services.Count)].Id });
                }

                db.Visits.Add(visit);
            }
        }

        for (var i = 0; i < 12; i++)
        {
            var opened = start.AddDays(random.Next(0, today.DayNumber - start.DayNumber + 1));
            db.Cases.Add(new Case { StructureId = structureId, BeneficiaryId = people[i].Id, OpenedOn = opened, Status = i % 3 == 0 ? CaseStatus.Closed : CaseStatus.Active, ClosedOn = i % 3 == 0 ? today : null });
        }

        ReferralStatus[] statuses = [ReferralStatus.Completed, ReferralStatus.Completed, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Sent, ReferralStatus.Declined, ReferralStatus.Draft];
        for (var i = 0; i < 21; i++)
        {
            var status = statuses[i % statuses.Length];
            var created = AthensClock.ToUtc(start.AddDays(random.Next(0, today.DayNumber - start.DayNumber + 1)), new(11, 0));
            var sent = status == ReferralStatus.Draft ? (DateTime?)null : created;
            db.Referrals.Add(new Referral
            {
                BeneficiaryId = people[i].Id, FromStructureId = structureId, ToStructureId = structureId, Reason = "Στέγαση", Status = status, CreatedAt = created, SentAt = sent,
                AcceptedAt = status is ReferralStatus.Completed or ReferralStatus.Accepted or ReferralStatus.InProgress ? created : null,
                CompletedAt = status == ReferralStatus.Completed ? created : null,
            });
        }

        await db.SaveChangesAsync();
        return (email, count);
    }

    private async Task CheckAsync(IPage page, string name, StringBuilder findings)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        await fixture.Screenshots.TakeAsync(page, name);
        var result = await page.RunAxe();
        Assert.True(result.Passes.Length > 0, $"axe checked nothing on {name} ({page.Url})");
        foreach (var violation in result.Violations)
        {
            var targets = string.Join(" | ", violation.Nodes.Select(n => n.Target?.ToString()));
            findings.AppendLine(CultureInfo.InvariantCulture, $"[{name}] {violation.Id} ({violation.Impact}): {violation.Help} → {targets}");
        }
    }
}
