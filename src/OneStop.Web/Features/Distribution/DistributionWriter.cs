using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Data.Entities;
using OneStop.Web.Features.Access;
using OneStop.Web.Features.FrontDesk;

namespace OneStop.Web.Features.Distribution;

/// <summary>
/// Records what a household received. The list's rule (dates, N times per period) refuses a
/// household when the list is enforced, and only marks the distribution when it warns.
/// </summary>
public sealed class DistributionWriter(AppDbContext db, PeopleScope people, CurrentUser currentUser, Eligibility eligibility, AthensClock clock, IStringLocalizer<DistributionResource> t)
{
    public sealed record Result(long? Id, List<KeyValuePair<string, string>> Errors, bool NotFound = false, EligibilityDto? Refused = null, EligibilityDto? Warning = null)
    {
        public bool Succeeded => Errors.Count == 0 && !NotFound && Refused is null;
    }

    public async Task<Result> CreateAsync(DistributionFields input, CancellationToken ct)
    {
        var list = await db.EligibilityLists.AsNoTracking().SingleOrDefaultAsync(l => l.Id == input.ListId, ct);
        if (list is null || !await people.CanWorkInAsync(list.StructureId, ct))
        {
            return new Result(null, [], NotFound: true);
        }

        var errors = new List<KeyValuePair<string, string>>();
        void Error(string field, string key) => errors.Add(new(field, t[key]));

        var personId = input.BeneficiaryId!.Value;
        // Only a person the list's structure serves (never one seen through another structure).
        if (!await (await people.VisibleAsync(ct)).AnyAsync(b => b.Id == personId && b.Links.Any(l => l.StructureId == list.StructureId), ct))
        {
            Error(nameof(input.BeneficiaryId), "UnknownHousehold");
        }

        if (input.RoundId is { } roundId && !await db.DistributionRounds.AnyAsync(r => r.Id == roundId && r.ListId == list.Id, ct))
        {
            Error(nameof(input.RoundId), "UnknownRound");
        }

        var now = clock.UtcNow;
        var occurredAt = input.OccurredAt?.UtcDateTime ?? now;
        if (occurredAt > now.AddMinutes(5))
        {
            Error(nameof(input.OccurredAt), "InTheFuture");
        }

        byte[]? png = null;
        if (input.Signature == SignatureKind.Drawn && (png = SignatureImage.Decode(input.SignaturePng)) is null)
        {
            Error(nameof(input.SignaturePng), "SignatureRequired");
        }

        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var day = AthensClock.DayOf(occurredAt);
        var standing = (await eligibility.CheckAsync(list.Id, personId, day, null, ct))!;
        if (!standing.Eligible && list.Enforced)
        {
            return new Result(null, errors, Refused: standing);
        }

        var user = await currentUser.GetAsync(ct);
        var distribution = new OneStop.Data.Entities.Distribution
        {
            StructureId = list.StructureId,
            ListId = list.Id,
            RoundId = input.RoundId,
            BeneficiaryId = personId,
            OccurredAt = occurredAt,
            Day = day,
            HouseholdSize = Math.Max(standing.HouseholdSize, 1),
            Parcels = input.Parcels,
            Items = string.IsNullOrWhiteSpace(input.Items) ? null : input.Items.Trim(),
            Signature = input.Signature,
            OverridesRule = !standing.Eligible,
            StaffUserId = user.UserId,
            StaffName = user.DisplayName,
        };
        if (png is not null)
        {
            var file = new StoredFile { Id = Guid.NewGuid(), FileName = "signature.png", ContentType = "image/png", Length = png.Length, Content = png, UploadedAt = now, UploadedBy = user.UserId };
            db.StoredFiles.Add(file);
            distribution.SignatureFileId = file.Id;
        }

        db.Distributions.Add(distribution);
        await db.SaveChangesAsync(ct);
        return new Result(distribution.Id, errors, Warning: standing.Eligible ? null : standing);
    }
}

/// <summary>A drawn signature arrives as a PNG data URL from the canvas.</summary>
public static class SignatureImage
{
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static byte[]? Decode(string? dataUrl)
    {
        if (string.IsNullOrWhiteSpace(dataUrl))
        {
            return null;
        }

        var base64 = dataUrl.StartsWith("data:", StringComparison.Ordinal) ? dataUrl[(dataUrl.IndexOf(',', StringComparison.Ordinal) + 1)..] : dataUrl;
        try
        {
            var bytes = Convert.FromBase64String(base64);
            return bytes.AsSpan().StartsWith(PngMagic) ? bytes : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
