using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class NetworkAttachmentConfiguration : IEntityTypeConfiguration<NetworkAttachment>
{
    public void Configure(EntityTypeBuilder<NetworkAttachment> b)
    {
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NetworkMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PublicityAction>().WithMany().HasForeignKey(x => x.PublicityActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.File).WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => x.PublicityActionId);
    }
}
