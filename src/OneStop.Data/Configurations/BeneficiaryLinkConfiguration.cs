using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class BeneficiaryLinkConfiguration : IEntityTypeConfiguration<BeneficiaryLink>
{
    public void Configure(EntityTypeBuilder<BeneficiaryLink> b)
    {
        b.Property(x => x.LinkedBy).HasMaxLength(256);
        b.HasOne(x => x.Structure).WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.BeneficiaryId, x.StructureId }).IsUnique();
        b.HasIndex(x => new { x.StructureId, x.BeneficiaryId });
    }
}
