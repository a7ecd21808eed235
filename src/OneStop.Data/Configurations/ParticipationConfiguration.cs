using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class ParticipationConfiguration : IEntityTypeConfiguration<Participation>
{
    public void Configure(EntityTypeBuilder<Participation> b)
    {
        b.Property(x => x.ExternalId).HasMaxLength(50);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Beneficiary).WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);

        // A person enters a structure's operation once on a given day: the import's update key.
        b.HasIndex(x => new { x.StructureId, x.BeneficiaryId, x.EntryDate }).IsUnique();
        b.HasIndex(x => new { x.StructureId, x.EntryDate });
        b.HasIndex(x => new { x.StructureId, x.ExternalId });
        b.HasIndex(x => new { x.StructureId, x.FollowUpDue });
        b.HasIndex(x => x.BeneficiaryId);

        // Derived by triggers from the dates (ADR 023); never written by the application. The
        // import's bulk writer leaves them out of its rows, so the columns default to false.
        b.Property(x => x.IsFirst).HasDefaultValue(false).HasAnnotation(Auditing.AuditWriter.NotAudited, true);
        b.Property(x => x.IsLast).HasDefaultValue(false).HasAnnotation(Auditing.AuditWriter.NotAudited, true);
        b.HasIndex(x => new { x.IsFirst, x.EntryDate });
        b.HasIndex(x => new { x.StructureId, x.BeneficiaryId, x.IsLast });
    }
}
