using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class CaseWorkerConfiguration : IEntityTypeConfiguration<CaseWorker>
{
    public void Configure(EntityTypeBuilder<CaseWorker> b)
    {
        b.HasKey(x => new { x.CaseId, x.UserId });
        b.Property(x => x.UserId).HasMaxLength(450);
        b.HasOne(x => x.User).WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.UserId);
    }
}
