using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.Property(x => x.OpenedByUserId).HasMaxLength(450);
        b.Property(x => x.OpenedByName).HasMaxLength(200);
        b.Property(x => x.StatusReason).HasMaxLength(1000);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Structure).WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Beneficiary).WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Visit>().WithMany().HasForeignKey(x => x.FromVisitId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.Workers).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.StatusChanges).WithOne().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);

        // One case per person and structure: a closed case is reopened, never duplicated.
        b.HasIndex(x => new { x.BeneficiaryId, x.StructureId }).IsUnique();
        b.HasIndex(x => new { x.StructureId, x.Status });
    }
}
