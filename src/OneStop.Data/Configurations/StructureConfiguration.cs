using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class StructureConfiguration : IEntityTypeConfiguration<Structure>
{
    public void Configure(EntityTypeBuilder<Structure> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.PostalCode).HasMaxLength(10);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.AccessibilityNotes).HasMaxLength(2000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.StructureType).WithMany().HasForeignKey(x => x.StructureTypeId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Parent).WithMany().HasForeignKey(x => x.ParentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.RegulationFile).WithMany().HasForeignKey(x => x.RegulationFileId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.OpeningHours).WithOne().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.HoursExceptions).WithOne().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Services).WithOne(x => x.Structure).HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.MunicipalityId, x.Name }).IsUnique();
    }
}
