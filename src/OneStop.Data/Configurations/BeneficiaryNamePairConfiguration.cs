using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class BeneficiaryNamePairConfiguration : IEntityTypeConfiguration<BeneficiaryNamePair>
{
    public void Configure(EntityTypeBuilder<BeneficiaryNamePair> b)
    {
        b.Property(x => x.Pair).HasMaxLength(6);
        b.HasIndex(x => new { x.Pair, x.BeneficiaryId, x.Words });
    }
}
