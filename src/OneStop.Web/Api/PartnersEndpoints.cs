using System.Text.Json;
using Microsoft.Extensions.Localization;
using OneStop.Web.Features.Partners;
using OneStop.Web.Features.Common;

namespace OneStop.Web.Api;

/// <summary>The partner directory: its own JSON (camelCase, like the rest of the API) and its
/// Open Referral HSDS 3.0 export and import (snake_case, as the standard spells it).</summary>
public static class PartnersEndpoints
{
    public static void MapPartnersEndpoints(this RouteGroupBuilder api)
    {
        var partners = api.MapGroup("/partners").WithTags("Partner directory");
        partners.MapGet("/organizations", async (string? q, bool? stale, PartnerDirectory directory, CancellationToken ct) =>
        {
            var items = await directory.OrganizationsAsync(q, stale ?? false, ct);
            return TypedResults.Ok(new { items, total = items.Count });
        });
        partners.MapGet("/organizations/{id:int}", async Task<IResult> (int id, PartnerDirectory directory, CancellationToken ct) =>
            await directory.OrganizationAsync(id, ct) is { } dto ? TypedResults.Ok(dto) : ApiProblems.NotFound());
        partners.MapPost("/organizations", async Task<IResult> (OrganizationFields input, PartnerWriter writer, PartnerDirectory directory, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiValidation.Problem(input, factory, l) ?? await ToResult(await writer.SaveOrganizationAsync(null, input, ct), l,
                async id => TypedResults.Created($"/api/v1/partners/organizations/{id}", await directory.OrganizationAsync(id, ct))));
        partners.MapPut("/organizations/{id:int}", async Task<IResult> (int id, OrganizationFields input, PartnerWriter writer, PartnerDirectory directory, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiValidation.Problem(input, factory, l) ?? await ToResult(await writer.SaveOrganizationAsync(id, input, ct), l,
                async _ => TypedResults.Ok(await directory.OrganizationAsync(id, ct))));
        partners.MapPost("/organizations/{id:int}/services", async Task<IResult> (int id, PartnerServiceFields input, PartnerWriter writer, PartnerDirectory directory, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
            ApiValidation.Problem(input, factory, l) ?? await ToResult(await writer.SaveServiceAsync(id, null, input, ct), l,
                async serviceId => TypedResults.Created($"/api/v1/partners/services/{serviceId}", await directory.ServiceAsync(serviceId, ct))));
        partners.MapPut("/services/{id:int}", async Task<IResult> (int id, PartnerServiceFields input, PartnerWriter writer, PartnerDirectory directory, IStringLocalizerFactory factory, IStringLocalizer<SharedResource> l, CancellationToken ct) =>
        {
            if (ApiValidation.Problem(input, factory, l) is { } invalid)
            {
                return invalid;
            }

            return await writer.OrganizationOfServiceAsync(id, ct) is { } organizationId
                ? await ToResult(await writer.SaveServiceAsync(organizationId, id, input, ct), l, async _ => TypedResults.Ok(await directory.ServiceAsync(id, ct)))
                : ApiProblems.NotFound();
        });

        var hsds = api.MapGroup("/hsds").WithTags("HSDS");
        hsds.MapGet("/organizations", async (int? page, int? per_page, PartnerDirectory directory, CancellationToken ct) =>
            TypedResults.Json(Hsds.Paged((await directory.OrganizationsAsync(null, false, ct)).Select(Hsds.ToHsds).ToList(), page ?? 1, per_page ?? 50), Hsds.Json));
        hsds.MapGet("/services", async (int? page, int? per_page, PartnerDirectory directory, CancellationToken ct) =>
            TypedResults.Json(Hsds.Paged((await directory.OrganizationsAsync(null, false, ct))
                .SelectMany(o => o.Services.Select(s => Hsds.ToHsds(s) with { OrganizationId = o.HsdsId.ToString() })).ToList(), page ?? 1, per_page ?? 50), Hsds.Json));
        hsds.MapPost("/organizations", ImportAsync).Accepts<Hsds.Page<Hsds.Organization>>("application/json");
    }

    /// <summary>Imports an HSDS page (<c>{"contents":[…]}</c>, as the export answers) or a bare array of organisations.</summary>
    private static async Task<IResult> ImportAsync(int? municipalityId, HttpRequest request, HsdsImport import, IStringLocalizer<SharedResource> l, IStringLocalizer<PartnersResource> t, CancellationToken ct)
    {
        List<Hsds.Organization>? organizations;
        try
        {
            using var body = await JsonDocument.ParseAsync(request.Body, cancellationToken: ct);
            var root = body.RootElement;
            var list = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("contents", out var contents) ? contents : root;
            organizations = list.ValueKind == JsonValueKind.Array ? list.Deserialize<List<Hsds.Organization>>(Hsds.Json) : null;
        }
        catch (JsonException)
        {
            organizations = null;
        }

        if (organizations is null)
        {
            return ApiProblems.Validation(new() { ["contents"] = [t["HsdsInvalidBody"]] }, l);
        }

        var (done, error) = await import.ImportAsync(municipalityId, organizations, ct);
        return done is not null ? TypedResults.Ok(done) : ApiProblems.Validation(new() { ["contents"] = [error!] }, l);
    }

    private static async Task<IResult> ToResult(WriteResult result, IStringLocalizer<SharedResource> l, Func<int, Task<IResult>> done) => result.Outcome switch
    {
        WriteOutcome.Done => await done(result.Id!.Value),
        WriteOutcome.Invalid => ApiProblems.Validation(FieldValidation.ToJsonKeys(result.Errors!), l),
        WriteOutcome.Conflict => ApiProblems.Conflict(l["ConflictDetail"]),
        _ => ApiProblems.NotFound(),
    };
}
