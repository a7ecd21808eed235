using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class PartnerServiceConfiguration : IEntityTypeConfiguration<PartnerService>
{
    public void Configure(EntityTypeBuilder<PartnerService> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Eligibility).HasMaxLength(1000);
        b.Property(x => x.Languages).HasMaxLength(100);
        b.Property(x => x.Fees).HasMaxLength(500);
        b.Property(x => x.Schedule).HasMaxLength(500);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.City).HasMaxLength(100);
        b.Property(x => x.PostalCode).HasMaxLength(10);
        b.Property(x => x.ContactName).HasMaxLength(200);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Accessibility).HasMaxLength(500);
        b.Property(x => x.VerifiedBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.HsdsId);
    }
}
