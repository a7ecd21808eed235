using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class HoursExceptionConfiguration : IEntityTypeConfiguration<HoursException>
{
    public void Configure(EntityTypeBuilder<HoursException> b)
    {
        b.Property(x => x.Note).HasMaxLength(200);
        b.HasIndex(x => new { x.StructureId, x.Date }).IsUnique();
    }
}
