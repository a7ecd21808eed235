using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class DistributionRoundConfiguration : IEntityTypeConfiguration<DistributionRound>
{
    public void Configure(EntityTypeBuilder<DistributionRound> b)
    {
        b.Property(x => x.Place).HasMaxLength(200);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<EligibilityList>().WithMany().HasForeignKey(x => x.ListId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.StructureId, x.Day });
    }
}
