using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class DuplicateDismissalConfiguration : IEntityTypeConfiguration<DuplicateDismissal>
{
    public void Configure(EntityTypeBuilder<DuplicateDismissal> b)
    {
        b.Property(x => x.DismissedBy).HasMaxLength(256);
        b.HasIndex(x => new { x.FirstId, x.SecondId }).IsUnique();
    }
}
