using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class StaffStructureConfiguration : IEntityTypeConfiguration<StaffStructure>
{
    public void Configure(EntityTypeBuilder<StaffStructure> b)
    {
        b.HasKey(x => new { x.StaffMemberId, x.StructureId });
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.StructureId);
    }
}
