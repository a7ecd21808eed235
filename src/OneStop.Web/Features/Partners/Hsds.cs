using System.Text.Json;
using System.Text.Json.Serialization;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Partners;

/// <summary>
/// The directory in Open Referral HSDS 3.0 JSON: snake_case names as the standard spells them
/// (not the camelCase of the rest of the API), string UUID ids, and the paged envelope of the HSDS API.
/// </summary>
public static class Hsds
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public sealed record Page<T>(int TotalItems, int TotalPages, int PageNumber, int Size, bool FirstPage, bool LastPage, bool Empty, List<T> Contents);

    public sealed record Phone(string? Id, string Number);

    public sealed record Language(string? Id, string? Name, string? Code);

    public sealed record Schedule(string? Id, string? Description);

    public sealed record Contact(string? Id, string? Name, string? Email, List<Phone>? Phones);

    public sealed record Address(string? Id, string? Address1, string? City, string? PostalCode, string? Country, string? AddressType);

    public sealed record Accessibility(string? Id, string? Description);

    public sealed record Location(string? Id, string? LocationType, string? Name, List<Address>? Addresses, List<Accessibility>? Accessibility);

    public sealed record ServiceAtLocation(string? Id, Location? Location);

    public sealed record Service(
        string Id, string? OrganizationId, string Name, string? Description, string? Email, string Status, string? FeesDescription,
        string? EligibilityDescription, DateOnly? AssuredDate, string? AssurerEmail, List<Phone>? Phones, List<Schedule>? Schedules,
        List<Language>? Languages, List<Contact>? Contacts, List<ServiceAtLocation>? ServiceAtLocations);

    public sealed record Organization(
        string Id, string Name, string? Description, string? Email, string? Website, string? LegalStatus, List<Phone>? Phones, List<Service>? Services);

    public static string StatusCode(PartnerServiceStatus status) => status switch
    {
        PartnerServiceStatus.Active => "active",
        PartnerServiceStatus.Inactive => "inactive",
        PartnerServiceStatus.TemporarilyClosed => "temporarily closed",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public static PartnerServiceStatus ParseStatus(string? status) => status?.Trim().ToLowerInvariant() switch
    {
        "inactive" or "defunct" => PartnerServiceStatus.Inactive,
        "temporarily closed" or "temporarily_closed" => PartnerServiceStatus.TemporarilyClosed,
        _ => PartnerServiceStatus.Active,
    };

    public static string KindCode(OrganizationKind kind) => JsonNamingPolicy.SnakeCaseLower.ConvertName(kind.ToString());

    public static OrganizationKind ParseKind(string? code) =>
        Enum.GetValues<OrganizationKind>().FirstOrDefault(k => KindCode(k) == code) is var k && k != 0 ? k : OrganizationKind.Ngo;

    public static Organization ToHsds(OrganizationDto o) => new(
        o.HsdsId.ToString(), o.Name, o.Description, o.Email, o.Website, KindCode(o.Kind),
        o.Phone is null ? null : [new Phone(null, o.Phone)],
        o.Services.Select(ToHsds).ToList());

    public static Service ToHsds(PartnerServiceDto s) => new(
        s.HsdsId.ToString(), null, s.Name, s.Description, s.Email, StatusCode(s.Status), s.Fees, s.Eligibility, s.VerifiedOn,
        s.VerifiedBy, s.Phone is null ? null : [new Phone(null, s.Phone)],
        s.Schedule is null ? null : [new Schedule(null, s.Schedule)],
        s.Languages?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => new Language(null, null, c)).ToList(),
        s.ContactName is null ? null : [new Contact(null, s.ContactName, null, null)],
        s.Address is null && s.City is null && s.Accessibility is null ? null :
            [new ServiceAtLocation(null, new Location(null, "physical", null,
                s.Address is null && s.City is null ? null : [new Address(null, s.Address, s.City, s.PostalCode, "GR", "physical")],
                s.Accessibility is null ? null : [new Accessibility(null, s.Accessibility)]))]);

    /// <summary>An HSDS service as the directory's fields (the first phone, schedule, contact and address count).</summary>
    public static PartnerServiceFields ToFields(Service s)
    {
        var location = s.ServiceAtLocations?.FirstOrDefault()?.Location;
        var address = location?.Addresses?.FirstOrDefault();
        return new PartnerServiceFields
        {
            Name = s.Name,
            Description = s.Description,
            Eligibility = s.EligibilityDescription,
            Languages = s.Languages is { Count: > 0 } l ? string.Join(',', l.Select(x => x.Code ?? x.Name).Where(x => x is not null)) : null,
            Fees = s.FeesDescription,
            Schedule = s.Schedules?.FirstOrDefault()?.Description,
            Address = address?.Address1,
            City = address?.City,
            PostalCode = address?.PostalCode,
            ContactName = s.Contacts?.FirstOrDefault()?.Name,
            Phone = s.Phones?.FirstOrDefault()?.Number,
            Email = s.Email,
            Accessibility = location?.Accessibility?.FirstOrDefault()?.Description,
            Status = ParseStatus(s.Status),
            VerifiedOn = s.AssuredDate,
            VerifiedBy = s.AssurerEmail,
        };
    }

    public static Page<T> Paged<T>(List<T> all, int page, int size)
    {
        size = Math.Clamp(size, 1, 500);
        var totalPages = Math.Max(1, (all.Count + size - 1) / size);
        page = Math.Clamp(page, 1, totalPages);
        var contents = all.Skip((page - 1) * size).Take(size).ToList();
        return new Page<T>(all.Count, totalPages, page, size, page == 1, page == totalPages, contents.Count == 0, contents);
    }
}
