using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class EligibleHouseholdConfiguration : IEntityTypeConfiguration<EligibleHousehold>
{
    public void Configure(EntityTypeBuilder<EligibleHousehold> b)
    {
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne(x => x.Beneficiary).WithMany().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.ListId, x.BeneficiaryId }).IsUnique();
    }
}
