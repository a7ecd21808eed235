using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> b)
    {
        b.Property(x => x.Reason).HasMaxLength(500);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.Property(x => x.AnonymousNationality).HasMaxLength(2);
        b.Property(x => x.StaffUserId).HasMaxLength(450);
        b.Property(x => x.StaffName).HasMaxLength(200);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Beneficiary).WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(x => x.Services).WithOne().HasForeignKey(x => x.VisitId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.StructureId, x.Day, x.OccurredAt });
        b.HasIndex(x => x.BeneficiaryId);

        // Activity statistics (ADR 076): a period's visits by Athens day, covering what they group by.
        b.HasIndex(x => new { x.Day, x.StructureId, x.Channel, x.Axis, x.BeneficiaryId });

        // The activity report's reasons of a period, from the index alone.
        b.HasIndex(x => new { x.Day, x.StructureId, x.Reason });
    }
}
