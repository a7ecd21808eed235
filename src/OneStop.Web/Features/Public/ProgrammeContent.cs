using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Public;

/// <summary>A programme's public content in one language (English falls back to Greek where empty).</summary>
public sealed record ProgrammeView(string Code, string Name, string? Authority, string? Summary, string? Eligibility, List<string> Documents);

/// <summary>The programmes the centre helps with, as administrators publish them, and the questionnaire's suggestions.</summary>
public sealed class ProgrammeContent(AppDbContext db)
{
    public async Task<List<ProgrammeView>> AllAsync(bool english, CancellationToken ct) =>
        (await Active().OrderBy(p => p.NameEl).ToListAsync(ct)).Select(p => View(p, english)).ToList();

    public async Task<ProgrammeView?> ByCodeAsync(string code, bool english, CancellationToken ct) =>
        await Active().SingleOrDefaultAsync(p => p.Code == code, ct) is { } p ? View(p, english) : null;

    /// <summary>The programmes whose published rules may fit the answers; the answers are not stored.</summary>
    public async Task<List<ProgrammeView>> MayFitAsync(Answers answers, bool english, CancellationToken ct) =>
        (await Active().Include(p => p.Rules).OrderBy(p => p.NameEl).ToListAsync(ct))
            .Where(p => Eligibility.MayFit(p.Rules, answers)).Select(p => View(p, english)).ToList();

    private IQueryable<Programme> Active() => db.Programmes.AsNoTracking().Where(p => p.IsActive);

    private static ProgrammeView View(Programme p, bool english) => new(
        p.Code,
        english ? p.NameEn : p.NameEl,
        p.Authority,
        Pick(english, p.SummaryEn, p.SummaryEl),
        Pick(english, p.EligibilityEn, p.EligibilityEl),
        (Pick(english, p.DocumentsEn, p.DocumentsEl) ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList());

    private static string? Pick(bool english, string? en, string? el) => english && !string.IsNullOrWhiteSpace(en) ? en : el;
}
