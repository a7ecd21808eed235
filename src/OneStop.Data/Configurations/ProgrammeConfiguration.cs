using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class ProgrammeConfiguration : IEntityTypeConfiguration<Programme>
{
    public void Configure(EntityTypeBuilder<Programme> b)
    {
        b.Property(x => x.Code).HasMaxLength(60);
        b.Property(x => x.NameEl).HasMaxLength(200);
        b.Property(x => x.NameEn).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(2000);
        b.Property(x => x.Authority).HasMaxLength(200);
        foreach (var text in new[] { nameof(Programme.SummaryEl), nameof(Programme.SummaryEn), nameof(Programme.EligibilityEl), nameof(Programme.EligibilityEn), nameof(Programme.DocumentsEl), nameof(Programme.DocumentsEn) })
        {
            b.Property(text).HasMaxLength(4000);
        }

        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasIndex(x => x.Code).IsUnique();
    }
}
