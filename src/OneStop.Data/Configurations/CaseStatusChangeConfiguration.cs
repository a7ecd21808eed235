using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class CaseStatusChangeConfiguration : IEntityTypeConfiguration<CaseStatusChange>
{
    public void Configure(EntityTypeBuilder<CaseStatusChange> b)
    {
        b.Property(x => x.Reason).HasMaxLength(1000);
        b.Property(x => x.ByName).HasMaxLength(200);
        b.HasIndex(x => x.CaseId);
    }
}
