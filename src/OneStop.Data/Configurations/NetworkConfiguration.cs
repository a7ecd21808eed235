using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class NetworkPartnerConfiguration : IEntityTypeConfiguration<NetworkPartner>
{
    public void Configure(EntityTypeBuilder<NetworkPartner> b)
    {
        b.Property(x => x.Name).HasMaxLength(200);
        b.Property(x => x.Notes).HasMaxLength(2000);
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<PartnerOrganization>().WithMany().HasForeignKey(x => x.OrganizationId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => x.StructureId);
    }
}

internal sealed class NetworkMeetingConfiguration : IEntityTypeConfiguration<NetworkMeeting>
{
    public void Configure(EntityTypeBuilder<NetworkMeeting> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Participants).HasMaxLength(2000);
        b.Property(x => x.Minutes).HasMaxLength(8000);
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(x => x.Partner).WithMany().HasForeignKey(x => x.PartnerId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(x => new { x.StructureId, x.Date });
    }
}

internal sealed class PublicityActionConfiguration : IEntityTypeConfiguration<PublicityAction>
{
    public void Configure(EntityTypeBuilder<PublicityAction> b)
    {
        b.Property(x => x.Title).HasMaxLength(200);
        b.Property(x => x.Description).HasMaxLength(4000);
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => new { x.StructureId, x.Date });
    }
}

internal sealed class NetworkMaterialConfiguration : IEntityTypeConfiguration<NetworkMaterial>
{
    public void Configure(EntityTypeBuilder<NetworkMaterial> b)
    {
        b.HasOne<Structure>().WithMany().HasForeignKey(x => x.StructureId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<NetworkMeeting>().WithMany().HasForeignKey(x => x.MeetingId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<PublicityAction>().WithMany().HasForeignKey(x => x.PublicityActionId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne(x => x.File).WithMany().HasForeignKey(x => x.FileId).OnDelete(DeleteBehavior.Restrict);
        b.HasIndex(x => x.MeetingId);
        b.HasIndex(x => x.PublicityActionId);
    }
}
