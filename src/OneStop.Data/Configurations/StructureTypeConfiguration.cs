using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class StructureTypeConfiguration : IEntityTypeConfiguration<StructureType>
{
    public void Configure(EntityTypeBuilder<StructureType> b)
    {
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.NameEl).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Code).IsUnique();
    }
}
