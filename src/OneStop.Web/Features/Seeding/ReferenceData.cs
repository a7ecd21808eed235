using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Seeding;

/// <summary>Greek defaults for the reference lists; added when missing, never overwritten.</summary>
public static class ReferenceData
{
    public static readonly (string Code, string El, string En)[] StructureTypes =
    [
        ("community_centre", "Κέντρο Κοινότητας", "Community Centre"),
        ("roma_branch", "Παράρτημα Ρομά", "Roma branch"),
        ("migrant_integration_centre", "Κέντρο Ένταξης Μεταναστών (ΚΕΜ)", "Migrant integration centre"),
        ("mobile_unit", "Κινητή Μονάδα", "Mobile unit"),
        ("food_distribution", "Σημείο διανομής τροφίμων", "Food distribution point"),
        ("soup_kitchen", "Συσσίτιο", "Soup kitchen"),
        ("social_grocery", "Κοινωνικό Παντοπωλείο", "Social grocery"),
        ("social_pharmacy", "Κοινωνικό Φαρμακείο", "Social pharmacy"),
        ("shelter", "Ξενώνας φιλοξενίας", "Shelter"),
        ("day_centre", "Κέντρο Ημέρας", "Day centre"),
        ("other", "Άλλη δομή", "Other structure"),
    ];

    public static readonly (string Code, string El, string En, string Authority)[] Programmes =
    [
        ("kea", "Ελάχιστο Εγγυημένο Εισόδημα (ΚΕΑ)", "Guaranteed Minimum Income (KEA)", "ΟΠΕΚΑ"),
        ("housing_benefit", "Επίδομα στέγασης", "Housing benefit", "ΟΠΕΚΑ"),
        ("child_benefit", "Επίδομα παιδιού", "Child benefit", "ΟΠΕΚΑ"),
        ("disability_benefit", "Προνοιακά επιδόματα αναπηρίας", "Disability benefits", "ΟΠΕΚΑ"),
        ("teba_food_aid", "ΤΕΒΑ – Επισιτιστική και βασική υλική συνδρομή", "TEBA/FEAD food and basic material aid", "Υπουργείο Κοινωνικής Συνοχής και Οικογένειας"),
        ("childcare_voucher", "Voucher βρεφονηπιακών σταθμών (ΕΕΤΑΑ)", "Childcare voucher (EETAA)", "ΕΕΤΑΑ"),
        ("employment_services", "Υπηρεσίες απασχόλησης (ΔΥΠΑ)", "Employment services (DYPA)", "ΔΥΠΑ"),
        ("uninsured_healthcare", "Πρόσβαση ανασφάλιστων στο δημόσιο σύστημα υγείας", "Healthcare access for the uninsured", "Υπουργείο Υγείας"),
        ("social_tariff", "Κοινωνικό Οικιακό Τιμολόγιο ρεύματος", "Social electricity tariff", "ΔΕΔΔΗΕ / πάροχοι"),
        ("heating_allowance", "Επίδομα θέρμανσης", "Heating allowance", "ΑΑΔΕ"),
        ("birth_allowance", "Επίδομα γέννησης", "Birth allowance", "ΟΠΕΚΑ"),
        ("uninsured_elderly_pension", "Σύνταξη ανασφάλιστων υπερήλικων", "Pension for uninsured elderly", "ΟΠΕΚΑ"),
    ];

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var types = await db.StructureTypes.Select(t => t.Code).ToListAsync(ct);
        var order = 0;
        foreach (var (code, el, en) in StructureTypes)
        {
            order += 10;
            if (!types.Contains(code))
            {
                db.StructureTypes.Add(new StructureType { Code = code, NameEl = el, NameEn = en, SortOrder = order });
            }
        }

        var programmes = await db.Programmes.Select(p => p.Code).ToListAsync(ct);
        foreach (var (code, el, en, authority) in Programmes.Where(p => !programmes.Contains(p.Code)))
        {
            db.Programmes.Add(new Programme { Code = code, NameEl = el, NameEn = en, Authority = authority });
        }

        await db.SaveChangesAsync(ct);
        await ProgrammeContentData.SeedAsync(db, ct);
    }
}
