using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OneStop.Data.Auditing;
using OneStop.Data.Entities;

namespace OneStop.Data;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options, IAuditActor actor, TimeProvider time)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<StructureType> StructureTypes => Set<StructureType>();
    public DbSet<Structure> Structures => Set<Structure>();
    public DbSet<OpeningInterval> OpeningIntervals => Set<OpeningInterval>();
    public DbSet<HoursException> HoursExceptions => Set<HoursException>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Programme> Programmes => Set<Programme>();
    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();
    public DbSet<RoleAssignment> RoleAssignments => Set<RoleAssignment>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Beneficiary> Beneficiaries => Set<Beneficiary>();
    public DbSet<BeneficiaryNameKey> BeneficiaryNameKeys => Set<BeneficiaryNameKey>();
    public DbSet<BeneficiaryNamePair> BeneficiaryNamePairs => Set<BeneficiaryNamePair>();
    public DbSet<BeneficiaryLink> BeneficiaryLinks => Set<BeneficiaryLink>();
    public DbSet<Consent> Consents => Set<Consent>();
    public DbSet<HouseholdMember> HouseholdMembers => Set<HouseholdMember>();
    public DbSet<DuplicateDismissal> DuplicateDismissals => Set<DuplicateDismissal>();
    public DbSet<BeneficiaryMerge> BeneficiaryMerges => Set<BeneficiaryMerge>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitService> VisitServices => Set<VisitService>();
    public DbSet<EligibilityRule> EligibilityRules => Set<EligibilityRule>();
    public DbSet<AppointmentRequest> AppointmentRequests => Set<AppointmentRequest>();
    public DbSet<PartnerOrganization> PartnerOrganizations => Set<PartnerOrganization>();
    public DbSet<PartnerService> PartnerServices => Set<PartnerService>();
    public DbSet<Referral> Referrals => Set<Referral>();
    public DbSet<ReferralStatusChange> ReferralStatusChanges => Set<ReferralStatusChange>();
    public DbSet<NetworkPartner> NetworkPartners => Set<NetworkPartner>();
    public DbSet<NetworkMeeting> NetworkMeetings => Set<NetworkMeeting>();
    public DbSet<PublicityAction> PublicityActions => Set<PublicityAction>();
    public DbSet<NetworkAttachment> NetworkAttachments => Set<NetworkAttachment>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<StaffStructure> StaffStructures => Set<StaffStructure>();
    public DbSet<StaffLeave> StaffLeave => Set<StaffLeave>();
    public DbSet<StaffAttendance> StaffAttendance => Set<StaffAttendance>();
    public DbSet<SyncRecord> SyncRecords => Set<SyncRecord>();
    public DbSet<EligibilityList> EligibilityLists => Set<EligibilityList>();
    public DbSet<EligibleHousehold> EligibleHouseholds => Set<EligibleHousehold>();
    public DbSet<DistributionRound> DistributionRounds => Set<DistributionRound>();
    public DbSet<Distribution> Distributions => Set<Distribution>();
    public DbSet<Activity> Activities => Set<Activity>();
    public DbSet<ActivitySession> ActivitySessions => Set<ActivitySession>();
    public DbSet<SessionAttendance> SessionAttendance => Set<SessionAttendance>();
    public DbSet<SessionHeadCount> SessionHeadCounts => Set<SessionHeadCount>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseWorker> CaseWorkers => Set<CaseWorker>();
    public DbSet<CaseStatusChange> CaseStatusChanges => Set<CaseStatusChange>();
    public DbSet<NeedsAssessment> NeedsAssessments => Set<NeedsAssessment>();
    public DbSet<NeedsAssessmentItem> NeedsAssessmentItems => Set<NeedsAssessmentItem>();
    public DbSet<PlanGoal> PlanGoals => Set<PlanGoal>();
    public DbSet<PlanAction> PlanActions => Set<PlanAction>();
    public DbSet<CaseServiceRecord> CaseServices => Set<CaseServiceRecord>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<CaseDocument> CaseDocuments => Set<CaseDocument>();
    public DbSet<CaseApplication> CaseApplications => Set<CaseApplication>();
    public DbSet<CaseApplicationStatusChange> CaseApplicationStatusChanges => Set<CaseApplicationStatusChange>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<Participation> Participations => Set<Participation>();

    public TimeProvider Time => time;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    /// <summary>Records a read of personal data (a person's file) in the audit log.</summary>
    public void AuditView(string entityType, string entityId, int? structureId) =>
        AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = AuditAction.View,
            EntityType = entityType,
            EntityId = entityId,
            StructureId = structureId,
        });

    /// <summary>Records a break-the-glass link (saved with the next SaveChanges): who, when, whom, into which structure, and why.</summary>
    public void AuditBreakGlass(int beneficiaryId, int structureId, string reason) =>
        AuditEntries.Add(new AuditEntry
        {
            At = time.GetUtcNow().UtcDateTime,
            UserId = actor.UserId,
            UserName = actor.UserName,
            Action = AuditAction.BreakGlass,
            EntityType = nameof(Beneficiary),
            EntityId = beneficiaryId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            StructureId = structureId,
            Changes = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object?> { ["reason"] = new { old = (string?)null, @new = reason } }),
        });

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Saves the changes and their audit rows in one transaction: either both are written or neither.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }

        var pending = AuditWriter.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var audit = pending.Select(p => AuditWriter.ToAuditEntry(p, actor, now)).ToList();
        await ResolveCaseStructuresAsync(pending, audit, cancellationToken);
        AuditEntries.AddRange(audit);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }

    /// <summary>
    /// Records of a case (notes, documents, plans …) carry no structure of their own: their audit entries take
    /// the case's, so that whoever reads the structure's log (and only they) finds them.
    /// </summary>
    private async Task ResolveCaseStructuresAsync(List<AuditWriter.Pending> pending, List<AuditEntry> audit, CancellationToken ct)
    {
        var byCase = new Dictionary<int, List<AuditEntry>>();
        for (var i = 0; i < pending.Count; i++)
        {
            if (audit[i].StructureId is null && pending[i].Entry.Metadata.FindProperty("CaseId") is { } p
                && pending[i].Entry.Property(p.Name).CurrentValue is int caseId)
            {
                (byCase.TryGetValue(caseId, out var list) ? list : byCase[caseId] = []).Add(audit[i]);
            }
        }

        if (byCase.Count == 0)
        {
            return;
        }

        var ids = byCase.Keys.ToList();
        foreach (var c in await Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).Select(c => new { c.Id, c.StructureId }).ToListAsync(ct))
        {
            byCase[c.Id].ForEach(e => e.StructureId = c.StructureId);
        }
    }
}
