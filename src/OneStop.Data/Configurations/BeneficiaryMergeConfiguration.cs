using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class BeneficiaryMergeConfiguration : IEntityTypeConfiguration<BeneficiaryMerge>
{
    public void Configure(EntityTypeBuilder<BeneficiaryMerge> b)
    {
        b.Property(x => x.MergedBy).HasMaxLength(256);
        b.Property(x => x.UndoneBy).HasMaxLength(256);
        b.HasIndex(x => x.SurvivorId);
        b.HasIndex(x => x.MergedId);
    }
}
