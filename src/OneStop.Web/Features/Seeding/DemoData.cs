using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Seeding;

/// <summary>
/// A clearly fictitious municipality ("Δήμος Δοκιμής", demo.test addresses) with structures,
/// services and one user per role, for trying OneStop out. Loaded with OneStop:DemoData=true.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, TimeProvider time)
{
    public const string MunicipalityName = "Δήμος Δοκιμής (demo)";
    public const string Password = "Demo-OneStop-2026";

    public async Task EnsureAsync(CancellationToken ct)
    {
        if (await db.Municipalities.AnyAsync(m => m.Name == MunicipalityName, ct))
        {
            return;
        }

        var types = await db.StructureTypes.ToDictionaryAsync(t => t.Code, t => t.Id, ct);
        var municipality = new Municipality { Name = MunicipalityName, Region = "Περιφέρεια Δοκιμών" };
        db.Municipalities.Add(municipality);
        var weekdays = new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday };

        Structure Make(string name, string type, Structure? parent, string address, AccessibilityFeatures access, bool isProtected = false)
        {
            var s = new Structure
            {
                Name = name, StructureTypeId = types[type], Parent = parent, Municipality = municipality,
                Address = address, PostalCode = "999 99", Phone = "2100000000", Email = $"{type.Replace('_', '-')}@demo.test",
                Accessibility = access, IsProtected = isProtected,
            };
            s.OpeningHours.AddRange(weekdays.Select(d => new OpeningInterval { Day = d, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(16, 0) }));
            db.Structures.Add(s);
            return s;
        }

        var centre = Make("Κέντρο Κοινότητας Δήμου Δοκιμής", "community_centre", null, "Οδός Δοκιμής 1", AccessibilityFeatures.StepFreeEntrance | AccessibilityFeatures.AccessibleToilet | AccessibilityFeatures.Lift);
        centre.OpeningHours.Add(new OpeningInterval { Day = DayOfWeek.Wednesday, Opens = new TimeOnly(17, 0), Closes = new TimeOnly(20, 0) });
        centre.HoursExceptions.Add(new HoursException { Date = new DateOnly(2026, 12, 25), IsClosed = true, Note = "Χριστούγεννα" });
        centre.Services.AddRange(
        [
            new Service { Name = "Υποδοχή και ενημέρωση", Axis = Axis.A, Description = "Πληροφόρηση για προγράμματα και παροχές" },
            new Service { Name = "Ψυχοκοινωνική υποστήριξη", Axis = Axis.A },
            new Service { Name = "Παραπομπή σε υπηρεσίες και δομές", Axis = Axis.B },
            new Service { Name = "Υποστήριξη αίτησης ΚΕΑ", Axis = Axis.C },
        ]);
        var roma = Make("Παράρτημα Ρομά Δήμου Δοκιμής", "roma_branch", centre, "Οδός Δοκιμής 20", AccessibilityFeatures.StepFreeEntrance);
        roma.Services.Add(new Service { Name = "Διαμεσολάβηση", Axis = Axis.A });
        Make("ΚΕΜ Δήμου Δοκιμής", "migrant_integration_centre", centre, "Οδός Δοκιμής 3", AccessibilityFeatures.SignLanguage | AccessibilityFeatures.EasyRead);
        Make("Κινητή Μονάδα Δήμου Δοκιμής", "mobile_unit", centre, "Οδός Δοκιμής 1", AccessibilityFeatures.None);
        var grocery = Make("Κοινωνικό Παντοπωλείο Δήμου Δοκιμής", "social_grocery", null, "Οδός Δοκιμής 40", AccessibilityFeatures.StepFreeEntrance | AccessibilityFeatures.AccessibleParking);
        grocery.Services.Add(new Service { Name = "Διάθεση τροφίμων", Axis = Axis.C });
        Make("Κοινωνικό Φαρμακείο Δήμου Δοκιμής", "social_pharmacy", null, "Οδός Δοκιμής 42", AccessibilityFeatures.StepFreeEntrance);
        Make("Ξενώνας Φιλοξενίας Δήμου Δοκιμής", "shelter", null, "(απόρρητη διεύθυνση)", AccessibilityFeatures.None, isProtected: true);
        await db.SaveChangesAsync(ct);

        (string Email, string Name, AppRole Role, Structure Structure)[] people =
        [
            ("admin@demo.test", "Διαχειριστής Δοκιμής", AppRole.Administrator, centre),
            ("supervisor@demo.test", "Προϊσταμένη Δοκιμής", AppRole.Supervisor, centre),
            ("coordinator@demo.test", "Συντονίστρια Δοκιμής", AppRole.Coordinator, centre),
            ("caseworker@demo.test", "Κοινωνική Λειτουργός Δοκιμής", AppRole.Caseworker, centre),
            ("frontdesk@demo.test", "Υπάλληλος Υποδοχής Δοκιμής", AppRole.FrontDesk, centre),
            ("partner@demo.test", "Συνεργάτης Παντοπωλείου", AppRole.Partner, grocery),
            ("auditor@demo.test", "Ελεγκτής Δοκιμής", AppRole.Auditor, centre),
            ("dpo@demo.test", "Υπεύθυνος Προστασίας Δεδομένων", AppRole.DataProtectionOfficer, centre),
        ];
        foreach (var (email, name, role, structure) in people)
        {
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAt = time.GetUtcNow().UtcDateTime };
            user.RoleAssignments.Add(new RoleAssignment { UserId = user.Id, Role = role, StructureId = structure.Id });
            await users.CreateAsync(user, Password);
        }
    }
}
