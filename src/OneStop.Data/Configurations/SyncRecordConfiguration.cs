using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class SyncRecordConfiguration : IEntityTypeConfiguration<SyncRecord>
{
    public void Configure(EntityTypeBuilder<SyncRecord> b)
    {
        b.Property(x => x.UserId).HasMaxLength(450);
        b.Property(x => x.Type).HasMaxLength(40);
        // The idempotency key: a replayed record meets this index and is answered already_present.
        b.HasIndex(x => new { x.UserId, x.ClientId }).IsUnique();
    }
}
