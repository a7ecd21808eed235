using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class SessionHeadCountConfiguration : IEntityTypeConfiguration<SessionHeadCount>
{
    public void Configure(EntityTypeBuilder<SessionHeadCount> b) =>
        b.HasIndex(x => new { x.SessionId, x.Gender, x.AgeBand }).IsUnique();
}
