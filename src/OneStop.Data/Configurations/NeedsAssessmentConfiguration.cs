using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class NeedsAssessmentConfiguration : IEntityTypeConfiguration<NeedsAssessment>
{
    public void Configure(EntityTypeBuilder<NeedsAssessment> b)
    {
        b.Property(x => x.ByName).HasMaxLength(200);
        b.HasOne<Case>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Items).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(x => new { x.CaseId, x.AssessedOn });
    }
}
