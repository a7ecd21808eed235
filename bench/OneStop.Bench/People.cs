using System.Globalization;
using OneStop.Data.Entities;
using OneStop.Web.Domain;

namespace OneStop.Bench;

/// <summary>One fictitious person, a pure function of its index: the generator writes person i and
/// the load runner rebuilds person i to ask for them, without reading the database.</summary>
public sealed record FakePerson(
    int Index, string LastName, string FirstName, string? FatherName, string? MotherName,
    string? LatinLastName, string? LatinFirstName, DateOnly BirthDate, Gender Gender,
    string Amka, string? Afm, string? Phone, string Nationality);

public static class People
{
    private static readonly DateOnly FirstBirthDate = new(1935, 1, 1);
    private const int BirthDays = 365 * 70; // born 1935 … 2004: adults only

    // Common Greek surnames (male, female), most frequent first.
    private static readonly (string Male, string Female)[] CommonSurnames =
    [
        ("Παπαδόπουλος", "Παπαδοπούλου"), ("Παπαγεωργίου", "Παπαγεωργίου"), ("Οικονόμου", "Οικονόμου"),
        ("Γεωργίου", "Γεωργίου"), ("Παπαδάκης", "Παπαδάκη"), ("Βασιλείου", "Βασιλείου"),
        ("Νικολάου", "Νικολάου"), ("Ιωάννου", "Ιωάννου"), ("Δημητρίου", "Δημητρίου"),
        ("Κωνσταντίνου", "Κωνσταντίνου"), ("Παπαδημητρίου", "Παπαδημητρίου"), ("Μακρής", "Μακρή"),
        ("Αθανασίου", "Αθανασίου"), ("Παπανικολάου", "Παπανικολάου"), ("Αντωνίου", "Αντωνίου"),
        ("Χριστοδούλου", "Χριστοδούλου"), ("Παππάς", "Παππά"), ("Ζαχαρίου", "Ζαχαρίου"),
        ("Μαυρίδης", "Μαυρίδου"), ("Καραγιάννης", "Καραγιάννη"), ("Παπαϊωάννου", "Παπαϊωάννου"),
        ("Αλεξίου", "Αλεξίου"), ("Πετρόπουλος", "Πετροπούλου"), ("Σταυρόπουλος", "Σταυροπούλου"),
        ("Κυριακίδης", "Κυριακίδου"), ("Ευαγγέλου", "Ευαγγέλου"), ("Μιχαηλίδης", "Μιχαηλίδου"),
        ("Αναστασίου", "Αναστασίου"), ("Χατζηγεωργίου", "Χατζηγεωργίου"), ("Λαμπρόπουλος", "Λαμπροπούλου"),
        ("Κωστόπουλος", "Κωστοπούλου"), ("Σιδηρόπουλος", "Σιδηροπούλου"), ("Μαρκόπουλος", "Μαρκοπούλου"),
        ("Θεοδωρόπουλος", "Θεοδωροπούλου"), ("Ραφτόπουλος", "Ραφτοπούλου"), ("Κατσαρός", "Κατσαρού"),
        ("Τσιρίγος", "Τσιρίγου"), ("Μπακάλης", "Μπακάλη"), ("Ντόκος", "Ντόκου"), ("Γκίκας", "Γκίκα"),
        ("Αγγελόπουλος", "Αγγελοπούλου"), ("Ευθυμίου", "Ευθυμίου"), ("Σπυρόπουλος", "Σπυροπούλου"),
        ("Φραγκιαδάκης", "Φραγκιαδάκη"), ("Τζαννετάκης", "Τζαννετάκη"), ("Ψαρράς", "Ψαρρά"),
    ];

    // Surnames built from a prefix, a root and an accented ending: about 1,500 more, each rarer.
    private static readonly string[] Prefixes = ["", "", "Παπα", "Καρα", "Χατζη", "Κουτσο", "Μαυρο"];
    private static readonly string[] Roots =
    [
        "γεωργ", "δημητρ", "νικολ", "κωνσταντιν", "ιωανν", "παναγιωτ", "βασιλ", "αθανασ", "χρηστ", "μιχαλ",
        "σταυρ", "αντων", "πετρ", "θεοδωρ", "σπυρ", "αλεξανδρ", "μανωλ", "στεφαν", "λαμπρ", "κυριακ",
        "φωτ", "ευαγγελ", "ανδρε", "τσακ", "λαζαρ", "τζαν", "ζαχαρ", "μαρκ", "σωτηρ", "παυλ",
        "κοκκιν", "ραφτ", "μπαλτ", "ντουμ", "γκουν", "ψαλτ", "ξανθ", "βλαχ", "φιλιππ", "χαραλαμπ",
    ];
    private static readonly (string Male, string Female)[] Endings =
    [
        ("όπουλος", "οπούλου"), ("ίδης", "ίδου"), ("άκης", "άκη"), ("άτος", "άτου"), ("ίου", "ίου"), ("έλλης", "έλλη"),
    ];

    private static readonly string[] GreekMale =
    [
        "Γεώργιος", "Ιωάννης", "Κωνσταντίνος", "Δημήτριος", "Νικόλαος", "Παναγιώτης", "Βασίλειος", "Χρήστος",
        "Αθανάσιος", "Μιχαήλ", "Ευάγγελος", "Σπυρίδων", "Αντώνιος", "Ελευθέριος", "Σταύρος", "Αναστάσιος",
        "Θεόδωρος", "Εμμανουήλ", "Ηλίας", "Άγγελος", "Στυλιανός", "Αλέξανδρος", "Παύλος", "Απόστολος",
        "Γρηγόριος", "Θωμάς", "Φώτιος", "Λάμπρος", "Χαράλαμπος", "Μάριος", "Άρης", "Οδυσσέας",
    ];
    private static readonly string[] GreekFemale =
    [
        "Μαρία", "Ελένη", "Αικατερίνη", "Βασιλική", "Σοφία", "Αγγελική", "Γεωργία", "Δήμητρα", "Κωνσταντίνα",
        "Παναγιώτα", "Ευαγγελία", "Ιωάννα", "Χριστίνα", "Ειρήνη", "Αναστασία", "Ευτυχία", "Θεοδώρα",
        "Αλεξάνδρα", "Σταυρούλα", "Χρυσούλα", "Φωτεινή", "Δέσποινα", "Κυριακή", "Παρασκευή", "Ζωή",
        "Αθηνά", "Μαρίνα", "Νικολέτα", "Ουρανία", "Ευφροσύνη", "Στέλλα", "Άννα",
    ];

    /// <summary>Foreign names: Greek-script registry form and the passport's Latin form.</summary>
    private sealed record Foreign(string Nationality, (string Greek, string Latin)[] Surnames, (string Greek, string Latin)[] Male, (string Greek, string Latin)[] Female);

    private static readonly Foreign[] Foreigners =
    [
        new("AL",
            [("Χότζα", "Hoxha"), ("Μπερίσα", "Berisha"), ("Κόλα", "Kola"), ("Γκέγκα", "Gega"), ("Λλέσι", "Lleshi"), ("Ντέμιρι", "Demiri")],
            [("Ερμάλ", "Ermal"), ("Αρμπέν", "Arben"), ("Γκεντιάν", "Gentian"), ("Φατμίρ", "Fatmir"), ("Ιλίρ", "Ilir")],
            [("Ελβίρα", "Elvira"), ("Μιράντα", "Miranda"), ("Ντορίνα", "Dorina"), ("Λιντιτά", "Lindita")]),
        new("SY",
            [("Αλ Χατίμπ", "Al-Khatib"), ("Χουσεΐν", "Hussein"), ("Αμπντουλάχ", "Abdullah"), ("Χαλίλ", "Khalil"), ("Ιμπραήμ", "Ibrahim")],
            [("Αχμάντ", "Ahmad"), ("Μοχάμεντ", "Mohammed"), ("Ομάρ", "Omar"), ("Γιουσέφ", "Youssef"), ("Καρίμ", "Karim")],
            [("Φατιμά", "Fatima"), ("Αΐσα", "Aisha"), ("Λέιλα", "Layla"), ("Νουρ", "Nour"), ("Μαριάμ", "Maryam")]),
        new("AF",
            [("Ραχιμί", "Rahimi"), ("Αχμαντί", "Ahmadi"), ("Χαϊντάρι", "Haidari"), ("Σαφί", "Safi")],
            [("Αλί", "Ali"), ("Ρεζά", "Reza"), ("Μουσταφά", "Mustafa"), ("Χαμίντ", "Hamid")],
            [("Ζαχρά", "Zahra"), ("Μαρζιέ", "Marzieh"), ("Σακίνα", "Sakina")]),
        new("GB",
            [("Σμιθ", "Smith"), ("Τζόουνς", "Jones"), ("Μπράουν", "Brown"), ("Ουίλιαμς", "Williams"), ("Τέιλορ", "Taylor")],
            [("Τζον", "John"), ("Ντέιβιντ", "David"), ("Τζέιμς", "James"), ("Μάικλ", "Michael")],
            [("Μαίρη", "Mary"), ("Σάρα", "Sarah"), ("Έμμα", "Emma"), ("Τζέιν", "Jane")]),
        // Roma families of Greece: Greek citizens, Greek and Turkish-origin names.
        new("GR",
            [("Σαΐτης", "Saitis"), ("Μπεκίρης", "Bekiris"), ("Καραμπετσής", "Karampetsis"), ("Τσακίρης", "Tsakiris"), ("Μουσταφάς", "Moustafas")],
            [("Σαμπρή", "Sampri"), ("Μεχμέτ", "Mechmet"), ("Γιάννος", "Giannos"), ("Κώστας", "Kostas")],
            [("Φατμέ", "Fatme"), ("Σουλτάνα", "Soultana"), ("Ρεμζιέ", "Remzie"), ("Τασούλα", "Tasoula")]),
    ];

    /// <summary>Person <paramref name="index"/> (1-based) of a generated registry.</summary>
    public static FakePerson Get(int index)
    {
        var r = new Random(unchecked((index * 7919) ^ 0x5EED));
        var dayIndex = index % BirthDays;
        var birth = FirstBirthDate.AddDays(dayIndex);
        var female = r.Next(2) == 0;
        var gender = female ? Gender.Female : Gender.Male;

        // ΑΜΚΑ: DDMMYY + 4-digit serial (unique per birth day, odd for men) + Luhn digit.
        var serial = (index / BirthDays * 2) + (female ? 0 : 1);
        var amka = WithLuhn(birth.ToString("ddMMyy", CultureInfo.InvariantCulture) + serial.ToString("D4", CultureInfo.InvariantCulture));

        string last, first, nationality;
        string? latinLast, latinFirst;
        var kind = r.Next(100);
        if (kind < 88)
        {
            nationality = "GR";
            (last, first) = (GreekSurname(r, female), Pick(r, female ? GreekFemale : GreekMale));
            latinLast = Elot743.Transliterate(last);
            latinFirst = Elot743.Transliterate(first);
        }
        else
        {
            var f = Foreigners[r.Next(Foreigners.Length)];
            var s = f.Surnames[r.Next(f.Surnames.Length)];
            var n = (female ? f.Female : f.Male)[r.Next((female ? f.Female : f.Male).Length)];
            nationality = f.Nationality;
            // One in five was registered from the passport, in Latin script only.
            (last, first) = r.Next(5) == 0 ? (s.Latin, n.Latin) : (s.Greek, n.Greek);
            (latinLast, latinFirst) = (s.Latin, n.Latin);
        }

        var father = r.Next(10) < 7 ? Pick(r, GreekMale) : null;
        var mother = r.Next(10) < 5 ? Pick(r, GreekFemale) : null;

        // ΑΦΜ: 8 digits unique per person + check digit; one in five has none recorded.
        string? afm = null;
        if (r.Next(5) != 0)
        {
            var body = (10_000_000 + (index * 37L)) % 100_000_000;
            var digits = body.ToString("D8", CultureInfo.InvariantCulture);
            var sum = 0;
            for (var i = 0; i < 8; i++)
            {
                sum += (digits[i] - '0') << (8 - i);
            }

            afm = digits + (sum % 11 % 10).ToString(CultureInfo.InvariantCulture);
        }

        var phone = r.Next(10) switch
        {
            < 7 => "69" + r.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture),
            < 9 => "2" + r.Next(100_000_000, 1_000_000_000).ToString(CultureInfo.InvariantCulture),
            _ => null,
        };

        return new FakePerson(index, last, first, father, mother, latinLast, latinFirst, birth, gender, amka, afm, phone, nationality);
    }

    private static string GreekSurname(Random r, bool female)
    {
        // Half the people carry one of the common surnames (skewed), half a rarer built one.
        if (r.Next(2) == 0)
        {
            var rank = (int)(CommonSurnames.Length * Math.Pow(r.NextDouble(), 1.8));
            var c = CommonSurnames[rank];
            return female ? c.Female : c.Male;
        }

        var prefix = Prefixes[r.Next(Prefixes.Length)];
        var root = Roots[r.Next(Roots.Length)];
        var ending = Endings[r.Next(Endings.Length)];
        var word = prefix + root + (female ? ending.Female : ending.Male);
        return char.ToUpper(word[0], CultureInfo.GetCultureInfo("el-GR")) + word[1..];
    }

    private static string Pick(Random r, string[] names) => names[r.Next(names.Length)];

    private static string WithLuhn(string body)
    {
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            // Counting from the right of the full number, the check digit is position 0.
            var d = body[body.Length - 1 - i] - '0';
            if (i % 2 == 0)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return body + ((10 - (sum % 10)) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A realistic search a front-desk user types to find person <paramref name="p"/>.</summary>
    public static string Query(FakePerson p, Random r)
    {
        static string Prefix(string s, Random r) => s.Length <= 3 ? s : s[..Math.Min(s.Length, r.Next(3, 7))];
        var kind = r.Next(100);
        return kind switch
        {
            < 30 => Prefix(p.LastName, r),
            < 55 => $"{Prefix(p.LastName, r)} {Prefix(p.FirstName, r)}",
            < 65 => $"{Prefix(p.FirstName, r).ToLower(CultureInfo.GetCultureInfo("el-GR"))} {p.LastName.ToLower(CultureInfo.GetCultureInfo("el-GR"))}",
            < 80 => $"{Prefix(p.LatinLastName ?? p.LastName, r).ToLowerInvariant()} {Prefix(p.LatinFirstName ?? p.FirstName, r).ToLowerInvariant()}",
            < 92 => p.Amka,
            _ => p.Phone is { Length: > 4 } phone ? phone[^4..] : p.Amka,
        };
    }
}
