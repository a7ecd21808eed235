using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class StaffLeaveConfiguration : IEntityTypeConfiguration<StaffLeave>
{
    public void Configure(EntityTypeBuilder<StaffLeave> b)
    {
        b.ToTable("staff_leave");
        b.HasIndex(x => new { x.StaffMemberId, x.From });
    }
}
