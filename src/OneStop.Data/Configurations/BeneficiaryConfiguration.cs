using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OneStop.Data.Entities;

namespace OneStop.Data.Configurations;

internal sealed class BeneficiaryConfiguration : IEntityTypeConfiguration<Beneficiary>
{
    public void Configure(EntityTypeBuilder<Beneficiary> b)
    {
        foreach (var name in new[] { nameof(Beneficiary.LastName), nameof(Beneficiary.FirstName), nameof(Beneficiary.FatherName), nameof(Beneficiary.MotherName), nameof(Beneficiary.LatinLastName), nameof(Beneficiary.LatinFirstName) })
        {
            b.Property(name).HasMaxLength(100);
        }

        b.Property(x => x.Amka).HasMaxLength(11);
        b.Property(x => x.Afm).HasMaxLength(9);
        b.Property(x => x.IdDocumentNumber).HasMaxLength(40);
        b.Property(x => x.Nationality).HasMaxLength(2);
        b.Property(x => x.Languages).HasMaxLength(100);
        b.Property(x => x.Phone).HasMaxLength(40);
        b.Property(x => x.PhoneReversed).HasMaxLength(40);
        b.Property(x => x.Email).HasMaxLength(200);
        b.Property(x => x.Address).HasMaxLength(300);
        b.Property(x => x.PostalCode).HasMaxLength(10);
        b.Property(x => x.ResidenceMunicipality).HasMaxLength(200);
        b.Property(x => x.PrivacyNoticeGivenBy).HasMaxLength(256);
        b.Property(x => x.Version).IsConcurrencyToken();
        b.HasOne<Municipality>().WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);

        // No duplicates across the municipality (docs/DESIGN.md §5); NULLs do not collide.
        b.Property(x => x.Partition).HasMaxLength(20);
        b.HasIndex(x => new { x.Partition, x.Amka }).IsUnique();
        b.HasIndex(x => new { x.Partition, x.Afm }).IsUnique();
        b.HasIndex(x => new { x.MunicipalityId, x.BirthDate });

        // Search by ΑΜΚΑ/ΑΦΜ looks across the partitions the user may see.
        b.HasIndex(x => x.Amka);
        b.HasIndex(x => x.Afm);
        b.HasIndex(x => x.PhoneReversed);
        b.HasIndex(x => x.MergedIntoId);
        b.HasMany(x => x.NameKeys).WithOne().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.NamePairs).WithOne().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Links).WithOne().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Consents).WithOne().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
        b.HasMany(x => x.Household).WithOne().HasForeignKey(x => x.BeneficiaryId).OnDelete(DeleteBehavior.Cascade);
    }
}
