using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> b)
    {
        b.Property(x => x.Reason).HasMaxLength(2000);
        b.Property(x => x.SharedFields).HasMaxLength(500);
        b.Property(x => x.LegalBasis).HasMaxLength(500);
        b.Property(x => x.DeclineReason).HasMaxLength(1000);
        b.Property(x => x.Outcome).HasMaxLength(2000);
        b.Property(x => x.CreatedBy).HasMaxLength(256);
        b.Property(x => x.LinkNonce).HasMaxLength(40);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Beneficiary).WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.FromStructure).WithMany().HasForeignKey(x => x.FromStructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ToStructure).WithMany().HasForeignKey(x => x.ToStructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.ToPartnerService).WithMany().HasForeignKey(x => x.ToPartnerServiceId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Consent>().WithMany().HasForeignKey(x => x.ConsentId).OnDelete(DeleteBehavior.SetNull);
        b.HasMany(x => x.History).WithOne().HasForeignKey(x => x.ReferralId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.FromStructureId, x.Status });
        b.HasIndex(x => new { x.ToStructureId, x.Status });
        b.HasIndex(x => x.ToPartnerServiceId);
        b.HasIndex(x => x.BeneficiaryId);
    }
}
