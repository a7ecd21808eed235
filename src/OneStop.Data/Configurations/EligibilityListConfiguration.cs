using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class EligibilityListConfiguration : IEntityTypeConfiguration<EligibilityList>
{
    public void Configure(EntityTypeBuilder<EligibilityList> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Programme).WithMany().HasForeignKey(x => x.ProgrammeId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Households).WithOne().HasForeignKey(x => x.ListId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.StructureId, x.Name }).IsUnique();
    }
}
