using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class VisitServiceConfiguration : IEntityTypeConfiguration<VisitService>
{
    public void Configure(EntityTypeBuilder<VisitService> b)
    {
        b.HasKey(x => new { x.VisitId, x.ServiceId });
        b.HasOne(x => x.Service).WithMany().HasForeignKey(x => x.ServiceId).OnDelete(DeleteBehavior.Restrict);
    }
}
