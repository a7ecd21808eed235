using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class BeneficiaryNameKeyConfiguration : IEntityTypeConfiguration<BeneficiaryNameKey>
{
    public void Configure(EntityTypeBuilder<BeneficiaryNameKey> b)
    {
        b.Property(x => x.Key).HasMaxLength(100);

        // The walk of a search reads the key range in order and checks the other query words on
        // the person's words in the same index entry (ADR 081).
        b.HasIndex(x => new { x.Key, x.BeneficiaryId, x.Words });

        // The person's own keys, read from the index alone when a second query word is checked.
        b.HasIndex(x => new { x.BeneficiaryId, x.Key });
    }
}
