using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class CaseApplicationStatusChangeConfiguration : IEntityTypeConfiguration<CaseApplicationStatusChange>
{
    public void Configure(EntityTypeBuilder<CaseApplicationStatusChange> b)
    {
        b.Property(x => x.Note).HasMaxLength(1000);
        b.Property(x => x.ByName).HasMaxLength(200);
        b.HasIndex(x => x.ApplicationId);
    }
}
