using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class HouseholdMemberConfiguration : IEntityTypeConfiguration<HouseholdMember>
{
    public void Configure(EntityTypeBuilder<HouseholdMember> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.HasOne<Beneficiary>().WithMany().HasForeignKey(x => x.MemberBeneficiaryId).OnDelete(DeleteBehavior.SetNull);
    }
}
