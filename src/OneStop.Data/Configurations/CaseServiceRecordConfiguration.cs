using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class CaseServiceRecordConfiguration : IEntityTypeConfiguration<CaseServiceRecord>
{
    public void Configure(EntityTypeBuilder<CaseServiceRecord> b)
    {
        b.ToTable("case_services");
        b.Property(x => x.ByUserId).HasMaxLength(450);
        b.Property(x => x.ByName).HasMaxLength(200);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.CaseId, x.DeliveredOn });
    }
}
