using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class VisitServiceConfiguration : IEntityTypeConfiguration<VisitService>
{
    public void Configure(EntityTypeBuilder<VisitService> b)
    {
        b.HasKey(x => new { x.VisitId, x.ServiceId });
        b.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);

        // The visit's day and structure, copied by triggers (ADR 080): the activity report counts
        // a period's services from this index alone instead of joining every visit_services row.
        b.Property<DateOnly?>(VisitService.DayColumn).HasAnnotation(Auditing.AuditWriter.NotAudited, true);
        b.Property<int?>(VisitService.StructureColumn).HasAnnotation(Auditing.AuditWriter.NotAudited, true);
        b.HasIndex(VisitService.DayColumn, VisitService.StructureColumn, nameof(VisitService.ServiceId));
    }
}
