using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class NeedsAssessmentItemConfiguration : IEntityTypeConfiguration<NeedsAssessmentItem>
{
    public void Configure(EntityTypeBuilder<NeedsAssessmentItem> b)
    {
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasIndex(x => new { x.AssessmentId, x.Domain }).IsUnique();
    }
}
