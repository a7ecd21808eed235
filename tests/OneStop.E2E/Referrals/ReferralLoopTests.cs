using System.Globalization;
using System.Text;
using Deque.AxeCore.Playwright;
using OneStop.Data.Entities;
using OneStop.E2E.Infrastructure;
using OneStop.E2E.Pages;

namespace OneStop.E2E.Referrals;

/// <summary>The closed loop in the browser: a community centre refers a person to the social grocery,
/// the grocery accepts and completes it, and the centre sees the loop closed on the person's file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ReferralLoopTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Referral_CentreToSocialGrocery_AcceptedCompletedAndClosedOnTheFile()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var municipality = await fixture.Server.MunicipalityAsync();
        var centre = await fixture.Server.StructureOfTypeAsync(municipality, $"Κέντρο Κοινότητας {suffix}", "community_centre");
        var grocery = await fixture.Server.StructureOfTypeAsync(municipality, $"Κοινωνικό Παντοπωλείο {suffix}", "social_grocery");
        var person = await fixture.Server.ConsentingPersonAsync(centre, "Δημητρίου", "Ελένη");
        var caseworker = await fixture.Server.UserAsync(AppRole.Caseworker, centre, "Άννα Κοινωνική");
        var grocer = await fixture.Server.UserAsync(AppRole.Partner, grocery, "Γιώργος Παντοπωλείου");
        var findings = new StringBuilder();

        var sender = await SignedInAsync(caseworker);
        var pages = new ReferralPages(sender);
        await sender.GotoAsync($"/Beneficiaries/Details/{person.ToString(CultureInfo.InvariantCulture)}");
        await pages.ReferButton.ClickAsync();
        await pages.ToStructure.SelectOptionAsync(new SelectOptionValue { Label = $"Κοινωνικό Παντοπωλείο {suffix}" });
        await pages.Reason.FillAsync("Τρόφιμα για τετραμελή οικογένεια");
        await CheckAsync(sender, "referral-create-el", findings);
        await pages.Send.ClickAsync();
        await Expect(pages.Status).ToContainTextAsync("εστάλη");
        await CheckAsync(sender, "referral-sent-el", findings);

        var receiver = await SignedInAsync(grocer);
        var inbox = new ReferralPages(receiver);
        await receiver.GotoAsync("/Referrals");
        await Expect(receiver.GetByText("Τρόφιμα για τετραμελή οικογένεια")).ToBeVisibleAsync();
        await CheckAsync(receiver, "referrals-inbox-el", findings);
        await receiver.Locator("main table a").First.ClickAsync();
        await Expect(inbox.Status).ToContainTextAsync("παρελήφθη");
        await Expect(receiver.GetByText("Δημητρίου")).ToBeVisibleAsync();
        await inbox.Action("Αποδοχή").ClickAsync();
        await Expect(inbox.Status).ToContainTextAsync("έγινε δεκτή");
        await inbox.Action("Έναρξη παροχής").ClickAsync();
        await Expect(inbox.Status).ToContainTextAsync("σε εξέλιξη");
        await inbox.Outcome.FillAsync("Δόθηκαν τρόφιμα για έναν μήνα");
        await inbox.Action("Ολοκλήρωση").ClickAsync();
        await Expect(inbox.Status).ToContainTextAsync("ολοκληρώθηκε");
        await CheckAsync(receiver, "referral-completed-el", findings);

        await sender.GotoAsync($"/Beneficiaries/Details/{person.ToString(CultureInfo.InvariantCulture)}");
        await Expect(pages.PersonReferrals).ToContainTextAsync("ολοκληρώθηκε");
        await Expect(pages.PersonReferrals).ToContainTextAsync($"Κοινωνικό Παντοπωλείο {suffix}");
        await CheckAsync(sender, "person-file-loop-closed-el", findings);
        await sender.GotoAsync("/Referrals/Report");
        await CheckAsync(sender, "referrals-report-el", findings);

        Assert.True(findings.Length == 0, $"axe found violations:{Environment.NewLine}{findings}");
    }

    private async Task<IPage> SignedInAsync(string email)
    {
        var page = await fixture.NewPageAsync();
        var login = await new LoginPage(page).GotoAsync();
        await login.SignInAsync(email, ReferralArrange.Password);
        await Expect(login.Heading).ToHaveTextAsync("Αρχική");
        return page;
    }

    private async Task CheckAsync(IPage page, string name, StringBuilder findings)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await fixture.Screenshots.TakeAsync(page, name);
        var result = await page.RunAxe();
        foreach (var violation in result.Violations)
        {
            var targets = string.Join(" | ", violation.Nodes.Select(n => n.Target?.ToString()));
            findings.AppendLine(CultureInfo.InvariantCulture, $"[{name}] {violation.Id} ({violation.Impact}): {violation.Help} → {targets}");
        }
    }
}
