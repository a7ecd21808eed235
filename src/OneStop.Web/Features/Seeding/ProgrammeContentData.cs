using Microsoft.EntityFrameworkCore;
using OneStop.Data;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Seeding;

/// <summary>
/// Plausible public content and simple published rules for the standard programmes, so that the
/// portal is useful on a fresh install. Written only where a programme has no content yet: what
/// administrators change is never overwritten. The rules are a first screening, not a decision.
/// </summary>
public static class ProgrammeContentData
{
    private sealed record Content(string SummaryEl, string SummaryEn, string WhoEl, string WhoEn, string DocsEl, string DocsEn, (QuestionField Field, RuleOperator Op, string Value)[] Rules);

    private const string IdEl = "Ταυτότητα ή διαβατήριο / άδεια διαμονής";
    private const string IdEn = "Identity card or passport / residence permit";
    private const string TaxEl = "ΑΦΜ, ΑΜΚΑ και κωδικοί Taxisnet";
    private const string TaxEn = "Tax number (ΑΦΜ), social security number (ΑΜΚΑ) and Taxisnet passwords";
    private const string IbanEl = "IBAN τραπεζικού λογαριασμού του αιτούντος";
    private const string IbanEn = "IBAN of a bank account in the applicant's name";
    private const string E1El = "Εκκαθαριστικό εφορίας (Ε1) του προηγούμενου έτους";
    private const string E1En = "Last year's income tax statement (E1)";

    private static readonly Dictionary<string, Content> Standard = new()
    {
        ["kea"] = new(
            "Μηνιαίο εισοδηματικό στήριγμα για νοικοκυριά σε ακραία φτώχεια, μαζί με σύνδεση με κοινωνικές υπηρεσίες και υπηρεσίες απασχόλησης.",
            "A monthly income support for households in extreme poverty, together with links to social and employment services.",
            "Νοικοκυριά με πολύ χαμηλό εισόδημα και περιουσία, που διαμένουν νόμιμα και μόνιμα στην Ελλάδα. Το ποσό εξαρτάται από το μέγεθος του νοικοκυριού.",
            "Households with very low income and assets, living legally and permanently in Greece. The amount depends on the household's size.",
            $"{IdEl}\n{TaxEl}\n{IbanEl}\n{E1El}\nΜισθωτήριο ή βεβαίωση φιλοξενίας\nΒεβαίωση αστέγου, αν ισχύει",
            $"{IdEn}\n{TaxEn}\n{IbanEn}\n{E1En}\nLease or a statement of being hosted\nCertificate of homelessness, if it applies",
            [(QuestionField.IncomeBand, RuleOperator.Le, "1")]),
        ["housing_benefit"] = new(
            "Μηνιαίο επίδομα για όσους πληρώνουν ενοίκιο για την κύρια κατοικία τους.",
            "A monthly allowance for people who pay rent for their main home.",
            "Νοικοκυριά που νοικιάζουν την κύρια κατοικία τους, με χαμηλό εισόδημα και περιουσία, και πέντε χρόνια νόμιμης διαμονής στην Ελλάδα.",
            "Households renting their main home, with low income and assets, and five years of legal residence in Greece.",
            $"{IdEl}\n{TaxEl}\n{IbanEl}\nΗλεκτρονικό μισθωτήριο (αριθμός δήλωσης μίσθωσης)\n{E1El}",
            $"{IdEn}\n{TaxEn}\n{IbanEn}\nElectronic lease (lease declaration number)\n{E1En}",
            [(QuestionField.Housing, RuleOperator.Eq, "renting"), (QuestionField.IncomeBand, RuleOperator.Le, "2")]),
        ["disability_benefit"] = new(
            "Προνοιακά επιδόματα για άτομα με αναπηρία, ανάλογα με το είδος και το ποσοστό της αναπηρίας.",
            "Welfare allowances for people with disabilities, according to the type and degree of the disability.",
            "Άτομα με πιστοποιημένη αναπηρία από ΚΕΠΑ (συνήθως 67% και άνω), ανεξάρτητα από το εισόδημα.",
            "People with a disability certified by KEPA (usually 67% or more), whatever their income.",
            $"{IdEl}\n{TaxEl}\n{IbanEl}\nΓνωμάτευση ΚΕΠΑ σε ισχύ\nΙατρικές γνωματεύσεις και εξετάσεις, αν δεν έχει γίνει ακόμη αξιολόγηση",
            $"{IdEn}\n{TaxEn}\n{IbanEn}\nValid KEPA disability certificate\nMedical reports and tests, if not yet assessed",
            [(QuestionField.Disability, RuleOperator.Eq, "yes")]),
        ["teba_food_aid"] = new(
            "Τρόφιμα, είδη πρώτης ανάγκης και συνοδευτικά μέτρα (συμβουλευτική, εργαστήρια) για άτομα σε φτώχεια.",
            "Food, basic goods and accompanying support (counselling, workshops) for people in poverty.",
            "Κυρίως δικαιούχοι του Ελάχιστου Εγγυημένου Εισοδήματος, που εγγράφονται στη δομή του δήμου τους.",
            "Mainly people receiving the Guaranteed Minimum Income, who register with their municipality's structure.",
            $"{IdEl}\nΑπόφαση έγκρισης Ελάχιστου Εγγυημένου Εισοδήματος\nΑΜΚΑ όλων των μελών του νοικοκυριού",
            $"{IdEn}\nGuaranteed Minimum Income approval\nΑΜΚΑ of every household member",
            [(QuestionField.IncomeBand, RuleOperator.Le, "1")]),
        ["childcare_voucher"] = new(
            "Voucher για δωρεάν θέση σε βρεφικό, βρεφονηπιακό ή παιδικό σταθμό ή ΚΔΑΠ.",
            "A voucher for a free place in a nursery, day care centre or after-school centre.",
            "Οικογένειες με παιδιά προσχολικής ηλικίας, με οικογενειακό εισόδημα κάτω από το όριο της πρόσκλησης· προτεραιότητα σε εργαζόμενους και άνεργους γονείς.",
            "Families with pre-school children whose income is under the call's limit; priority to working and unemployed parents.",
            $"{IdEl}\n{TaxEl}\n{E1El}\nΛηξιαρχική πράξη γέννησης ή πιστοποιητικό οικογενειακής κατάστασης\nΒεβαίωση εργασίας ή κάρτα ανεργίας",
            $"{IdEn}\n{TaxEn}\n{E1En}\nBirth certificate or family status certificate\nProof of employment or unemployment card",
            [(QuestionField.ChildrenUnder6, RuleOperator.Ge, "1"), (QuestionField.IncomeBand, RuleOperator.Le, "3")]),
        ["employment_services"] = new(
            "Εγγραφή στο μητρώο ανέργων, επίδομα ανεργίας, συμβουλευτική, κατάρτιση και προγράμματα απασχόλησης της ΔΥΠΑ.",
            "Registration as unemployed, unemployment benefit, counselling, training and job programmes of DYPA.",
            "Όσοι αναζητούν εργασία· το επίδομα ανεργίας προϋποθέτει ημέρες ασφάλισης πριν την απόλυση.",
            "Anyone looking for work; the unemployment benefit requires insured working days before the dismissal.",
            $"{IdEl}\n{TaxEl}\nΒιογραφικό σημείωμα, αν υπάρχει\nΒεβαίωση λύσης της σύμβασης εργασίας, για το επίδομα",
            $"{IdEn}\n{TaxEn}\nCV, if you have one\nProof that the job ended, for the benefit",
            [(QuestionField.Employment, RuleOperator.Eq, "unemployed")]),
        ["child_benefit"] = new(
            "Μηνιαίο επίδομα για οικογένειες με παιδιά.",
            "A monthly allowance for families with children.",
            "Οικογένειες με εξαρτώμενα παιδιά και ισοδύναμο εισόδημα κάτω από τα όρια του ΟΠΕΚΑ.",
            "Families with dependent children and an equivalent income under OPEKA's limits.",
            $"{IdEl}\n{TaxEl}\n{IbanEl}\n{E1El}",
            $"{IdEn}\n{TaxEn}\n{IbanEn}\n{E1En}",
            [(QuestionField.ChildrenUnder18, RuleOperator.Ge, "1"), (QuestionField.IncomeBand, RuleOperator.Le, "3")]),
        ["social_tariff"] = new(
            "Μειωμένη χρέωση ρεύματος για ευάλωτα νοικοκυριά.",
            "A reduced electricity tariff for vulnerable households.",
            "Νοικοκυριά με χαμηλό εισόδημα, άτομα με αναπηρία ή σε μηχανική υποστήριξη.",
            "Low-income households, people with disabilities or on life-support equipment.",
            $"{TaxEl}\nΛογαριασμός ρεύματος\n{E1El}",
            $"{TaxEn}\nElectricity bill\n{E1En}",
            [(QuestionField.IncomeBand, RuleOperator.Le, "2")]),
        ["uninsured_elderly_pension"] = new(
            "Μηνιαία σύνταξη για ηλικιωμένους χωρίς δική τους σύνταξη.",
            "A monthly pension for older people without a pension of their own.",
            "Άτομα 67 ετών και άνω χωρίς σύνταξη, με χαμηλό εισόδημα και 15 χρόνια διαμονής στην Ελλάδα.",
            "People aged 67 or over without a pension, with a low income and 15 years of residence in Greece.",
            $"{IdEl}\n{TaxEl}\n{IbanEl}\n{E1El}",
            $"{IdEn}\n{TaxEn}\n{IbanEn}\n{E1En}",
            [(QuestionField.ApplicantAge, RuleOperator.Ge, "67"), (QuestionField.IncomeBand, RuleOperator.Le, "1")]),
    };

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct)
    {
        var codes = Standard.Keys.ToList();
        var programmes = await db.Programmes.Include(p => p.Rules)
            .Where(p => codes.Contains(p.Code) && p.SummaryEl == null && p.EligibilityEl == null && p.DocumentsEl == null)
            .ToListAsync(ct);
        foreach (var p in programmes)
        {
            var c = Standard[p.Code];
            (p.SummaryEl, p.SummaryEn, p.EligibilityEl, p.EligibilityEn, p.DocumentsEl, p.DocumentsEn) = (c.SummaryEl, c.SummaryEn, c.WhoEl, c.WhoEn, c.DocsEl, c.DocsEn);
            if (p.Rules.Count == 0)
            {
                p.Rules.AddRange(c.Rules.Select(r => new EligibilityRule { Field = r.Field, Operator = r.Op, Value = r.Value }));
            }
        }

        await db.SaveChangesAsync(ct);
    }
}
