using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Entities;
using OneStop.Tests.Infrastructure;
using OneStop.Web.Features.Duplicates;

namespace OneStop.Tests.Duplicates;

public sealed partial class MergeTests(AppFactory factory) : IClassFixture<AppFactory>
{
    private static readonly DateOnly Born = new(1980, 1, 1);

    private sealed record Arranged(int Structure, int Sibling, int Survivor, int Merged, string Coordinator);

    /// <summary>Two records of one person in a structure; the second also known to a sibling structure, with visits, consents and household.</summary>
    private async Task<Arranged> ArrangeAsync()
    {
        var municipality = await factory.MunicipalityAsync();
        var structure = await factory.StructureAsync(municipality);
        var sibling = await factory.StructureAsync(municipality);
        var coordinator = await factory.UserAsync((AppRole.Coordinator, structure));
        var survivor = await factory.BeneficiaryAsync(structure, "Παπαδόπουλος", "Γιάννης", birthDate: Born, phone: "6941234567");
        var merged = await factory.BeneficiaryAsync(structure, "Papadopoulos", "Giannis", amka: "23029237288", birthDate: Born, latinLastName: "Papadopoulos");
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        db.BeneficiaryLinks.Add(new BeneficiaryLink { BeneficiaryId = merged, StructureId = sibling, Reason = LinkReason.Visit });
        foreach (var (at, where) in new[] { (new DateTime(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc), structure), (new DateTime(2026, 3, 3, 9, 0, 0, DateTimeKind.Utc), sibling) })
        {
            db.Visits.Add(new Visit { StructureId = where, BeneficiaryId = merged, Reason = "Πληροφόρηση", Axis = Axis.A, Channel = VisitChannel.InPerson, Outcome = VisitOutcome.Informed, OccurredAt = at, Day = DateOnly.FromDateTime(at) });
        }

        db.Visits.Add(new Visit { StructureId = structure, BeneficiaryId = survivor, Reason = "Αίτηση", Axis = Axis.A, Channel = VisitChannel.Phone, Outcome = VisitOutcome.Other, OccurredAt = new DateTime(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc), Day = new DateOnly(2026, 3, 1) });
        db.Consents.Add(new Consent { BeneficiaryId = merged, StructureId = structure, Purpose = ConsentPurpose.Contact, Given = true, Date = new DateOnly(2026, 3, 2) });
        db.HouseholdMembers.Add(new HouseholdMember { BeneficiaryId = merged, Relationship = HouseholdRelationship.Child, Name = "Νίκος Παπαδόπουλος" });
        db.HouseholdMembers.Add(new HouseholdMember { BeneficiaryId = await factory.BeneficiaryAsync(structure, "Παπαδοπούλου", "Ελένη"), Relationship = HouseholdRelationship.Spouse, Name = "Γιάννης", MemberBeneficiaryId = merged });
        await db.SaveChangesAsync();
        return new Arranged(structure, sibling, survivor, merged, coordinator);
    }

    /// <summary>Every field of both people and the owner of every row that a merge may move.</summary>
    private async Task<string> StateAsync(int survivor, int merged)
    {
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var ids = new[] { survivor, merged };
        var people = await db.Beneficiaries.AsNoTracking().Where(b => ids.Contains(b.Id)).OrderBy(b => b.Id).ToListAsync();
        var state = new
        {
            People = people.Select(p => new { p.Id, Fields = MergeFields.Snapshot(p), p.MergedIntoId, p.Partition }).ToList(),
            Keys = await db.BeneficiaryNameKeys.Where(k => ids.Contains(k.BeneficiaryId)).OrderBy(k => k.BeneficiaryId).ThenBy(k => k.Key).Select(k => new { k.BeneficiaryId, k.Key }).ToListAsync(),
            Visits = await db.Visits.Where(v => ids.Contains(v.BeneficiaryId!.Value)).OrderBy(v => v.Id).Select(v => new { v.Id, v.BeneficiaryId }).ToListAsync(),
            Consents = await db.Consents.Where(c => ids.Contains(c.BeneficiaryId)).OrderBy(c => c.Id).Select(c => new { c.Id, c.BeneficiaryId }).ToListAsync(),
            Links = await db.BeneficiaryLinks.Where(l => ids.Contains(l.BeneficiaryId)).OrderBy(l => l.Id).Select(l => new { l.Id, l.BeneficiaryId, l.StructureId }).ToListAsync(),
            Household = await db.HouseholdMembers.Where(h => ids.Contains(h.BeneficiaryId) || ids.Contains(h.MemberBeneficiaryId!.Value)).OrderBy(h => h.Id).Select(h => new { h.Id, h.BeneficiaryId, h.MemberBeneficiaryId }).ToListAsync(),
        };
        return JsonSerializer.Serialize(state);
    }

    private static async Task<int> MergeAsync(HttpClient api, Arranged a, object fields)
    {
        var response = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Survivor}/merge", new { mergedId = a.Merged, fields });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Merge_TwoRecords_MovesEverythingAndMergedDisappears()
    {
        var a = await ArrangeAsync();
        var api = await factory.ApiAsAsync(a.Coordinator);

        await MergeAsync(api, a, new { latinLastName = "merged", latinFirstName = "merged", phone = "survivor" });

        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        var survivor = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == a.Survivor);
        var merged = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == a.Merged);
        Assert.Equal("23029237288", survivor.Amka);
        Assert.Equal("Papadopoulos", survivor.LatinLastName);
        Assert.Equal("Παπαδόπουλος", survivor.LastName);
        Assert.Equal("6941234567", survivor.Phone);
        Assert.Null(merged.Amka);
        Assert.Equal(a.Survivor, merged.MergedIntoId);
        Assert.Equal(3, await db.Visits.CountAsync(v => v.BeneficiaryId == a.Survivor));
        Assert.Equal(1, await db.Consents.CountAsync(c => c.BeneficiaryId == a.Survivor));
        Assert.Equal(1, await db.HouseholdMembers.CountAsync(h => h.BeneficiaryId == a.Survivor));
        Assert.Equal(1, await db.HouseholdMembers.CountAsync(h => h.MemberBeneficiaryId == a.Survivor));
        Assert.Equal([a.Structure, a.Sibling], (await db.BeneficiaryLinks.Where(l => l.BeneficiaryId == a.Survivor).Select(l => l.StructureId).ToListAsync()).Order());
        Assert.True(await db.AuditEntries.AnyAsync(e => e.EntityType == nameof(BeneficiaryMerge)));
        var search = await api.GetFromJsonAsync<JsonElement>("/api/v1/beneficiaries?q=Papadopoulos");
        Assert.Equal([a.Survivor], search.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32()));
    }

    [Fact]
    public async Task Undo_MergedRecords_RestoresEverythingExactly()
    {
        var a = await ArrangeAsync();
        var api = await factory.ApiAsAsync(a.Coordinator);
        var before = await StateAsync(a.Survivor, a.Merged);
        var mergeId = await MergeAsync(api, a, new { amka = "merged", lastName = "merged", firstName = "merged" });
        Assert.NotEqual(before, await StateAsync(a.Survivor, a.Merged));

        var response = await api.PostAsync($"/api/v1/merges/{mergeId}/undo", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, await StateAsync(a.Survivor, a.Merged));
        var again = await api.PostAsync($"/api/v1/merges/{mergeId}/undo", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Merge_SamePairTwiceAtOnce_OneWinsTheOtherConflicts()
    {
        var a = await ArrangeAsync();
        var first = await factory.ApiAsAsync(a.Coordinator);
        var second = await factory.ApiAsAsync(a.Coordinator);
        var reverse = await factory.ApiAsAsync(a.Coordinator);

        var responses = await Task.WhenAll(
            first.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Survivor}/merge", new { mergedId = a.Merged }),
            second.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Survivor}/merge", new { mergedId = a.Merged }),
            reverse.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Merged}/merge", new { mergedId = a.Survivor }));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Contains(r.StatusCode, new[] { HttpStatusCode.Conflict, HttpStatusCode.NotFound }));
        await using var scope = factory.Scope();
        var db = factory.Db(scope);
        Assert.Single(await db.BeneficiaryMerges.Where(m => m.SurvivorId == a.Survivor || m.SurvivorId == a.Merged).ToListAsync());
        Assert.Single(await db.Beneficiaries.Where(b => (b.Id == a.Survivor || b.Id == a.Merged) && b.MergedIntoId == null).ToListAsync());
    }

    [Fact]
    public async Task Undo_AfterLaterEdits_KeepsTheEditsAndMovesDismissalsBack()
    {
        var a = await ArrangeAsync();
        var api = await factory.ApiAsAsync(a.Coordinator);
        var stranger = await factory.BeneficiaryAsync(a.Structure, "Παπαδάκης", "Γιώργος", birthDate: Born);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Merged}/not-duplicates", new { otherId = stranger })).StatusCode);
        var mergeId = await MergeAsync(api, a, new { lastName = "merged", firstName = "merged" });
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            Assert.True(await db.DuplicateDismissals.AnyAsync(d => d.FirstId == Math.Min(a.Survivor, stranger) && d.SecondId == Math.Max(a.Survivor, stranger)));
            var survivor = await db.Beneficiaries.SingleAsync(b => b.Id == a.Survivor);
            survivor.LastName = "Παπαδόπουλος-Νέο";
            survivor.Email = "later@example.gr";
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/merges/{mergeId}/undo", null)).StatusCode);

        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var survivor = await db.Beneficiaries.AsNoTracking().SingleAsync(b => b.Id == a.Survivor);
            Assert.Equal("Παπαδόπουλος-Νέο", survivor.LastName);
            Assert.Equal("later@example.gr", survivor.Email);
            Assert.Equal("Γιάννης", survivor.FirstName);
            Assert.False(await db.DuplicateDismissals.AnyAsync(d => d.FirstId == Math.Min(a.Survivor, stranger) && d.SecondId == Math.Max(a.Survivor, stranger)));
            Assert.True(await db.DuplicateDismissals.AnyAsync(d => d.FirstId == Math.Min(a.Merged, stranger) && d.SecondId == Math.Max(a.Merged, stranger)));
        }
    }

    [Fact]
    public async Task Merge_CasesFollowTheSurvivor_UndoTakesThemBack_TwoCasesInOneStructureRefused()
    {
        var a = await ArrangeAsync();
        var api = await factory.ApiAsAsync(a.Coordinator);
        int caseId;
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            var c = new Case { StructureId = a.Structure, BeneficiaryId = a.Merged, OpenedOn = new DateOnly(2026, 3, 2) };
            db.Cases.Add(c);
            await db.SaveChangesAsync();
            caseId = c.Id;
        }

        var mergeId = await MergeAsync(api, a, new { });
        await using (var scope = factory.Scope())
        {
            Assert.Equal(a.Survivor, (await factory.Db(scope).Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).BeneficiaryId);
        }

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsync($"/api/v1/merges/{mergeId}/undo", null)).StatusCode);
        await using (var scope = factory.Scope())
        {
            var db = factory.Db(scope);
            Assert.Equal(a.Merged, (await db.Cases.AsNoTracking().SingleAsync(c => c.Id == caseId)).BeneficiaryId);
            db.Cases.Add(new Case { StructureId = a.Structure, BeneficiaryId = a.Survivor, OpenedOn = new DateOnly(2026, 3, 3) });
            await db.SaveChangesAsync();
        }

        var refused = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Survivor}/merge", new { mergedId = a.Merged });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("υπόθεση", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Merge_ByFrontDesk_Refused()
    {
        var a = await ArrangeAsync();
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.FrontDesk, a.Structure)));

        var response = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Survivor}/merge", new { mergedId = a.Merged });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await using var scope = factory.Scope();
        Assert.Null((await factory.Db(scope).Beneficiaries.SingleAsync(b => b.Id == a.Merged)).MergedIntoId);
    }

    [Fact]
    public async Task Merge_AcrossMunicipalities_NotFound()
    {
        var a = await ArrangeAsync();
        var elsewhere = await factory.StructureAsync(await factory.MunicipalityAsync());
        var stranger = await factory.BeneficiaryAsync(elsewhere, "Παπαδόπουλος", "Γιάννης", birthDate: Born);
        var api = await factory.ApiAsAsync(await factory.UserAsync((AppRole.Coordinator, a.Structure), (AppRole.Coordinator, elsewhere)));

        var response = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Survivor}/merge", new { mergedId = stranger });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var unknown = await api.PostAsJsonAsync($"/api/v1/beneficiaries/{a.Survivor}/merge", new { mergedId = a.Merged, fields = new { favouriteColour = "merged" } });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task MergePage_CoordinatorConfirms_MergedThenUndoneFromPage()
    {
        var a = await ArrangeAsync();
        var browser = await factory.BrowserAsync(a.Coordinator, TestData.Password);
        var url = $"/Beneficiaries/Merge?survivor={a.Survivor}&merged={a.Merged}";
        var form = await browser.GetStringAsync(url);
        Assert.Contains("name=\"Input.Fields[LatinLastName]\"", form);

        var response = await browser.PostFormAsync(url, new() { ["Input.Fields[LatinLastName]"] = "Merged", ["Input.Fields[Amka]"] = "Merged" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var summary = response.Headers.Location!.OriginalString;
        Assert.Matches(UndoUrl(), summary);
        var undo = await browser.PostFormAsync(summary, []);
        Assert.Equal(HttpStatusCode.Redirect, undo.StatusCode);
        await using var scope = factory.Scope();
        var merged = await factory.Db(scope).Beneficiaries.SingleAsync(b => b.Id == a.Merged);
        Assert.Null(merged.MergedIntoId);
        Assert.Equal("23029237288", merged.Amka);
    }

    [Fact]
    public async Task MergePage_FrontDesk_NotShown()
    {
        var a = await ArrangeAsync();
        var browser = await factory.BrowserAsync(await factory.UserAsync((AppRole.FrontDesk, a.Structure)), TestData.Password);

        var response = await browser.GetAsync($"/Beneficiaries/Merge?survivor={a.Survivor}&merged={a.Merged}");

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("/Account/AccessDenied", response.Headers.Location?.AbsolutePath ?? response.Headers.Location?.OriginalString ?? "/Account/AccessDenied");
    }

    [GeneratedRegex(@"^/Beneficiaries/Merge/Undo/\d+$")]
    private static partial Regex UndoUrl();
}
