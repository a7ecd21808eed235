using System.Diagnostics;
using Npgsql;
using NpgsqlTypes;
using OneStop.Data.Entities;

namespace OneStop.Bench;

/// <summary>
/// The statistics data of issue 6 (generate --participations N): ESF participations with every
/// field of docs/INDICATORS.md, cases opened and closed, and referrals in every status, each with its
/// status history. Everything is a pure function of the person's index and a seeded Random, written
/// by binary COPY with the indexes and foreign keys dropped (see LoadPostgresAsync).
/// </summary>
public static partial class Generator
{
    private static readonly DateOnly FirstEntry = new(2021, 1, 1);

    private static readonly string[] ReferralReasons =
    [
        "Επίδομα στέγασης", "Ψυχολογική υποστήριξη", "Ιατρική εξέταση", "Νομική συμβουλευτική",
        "Εγγραφή στη ΔΥΠΑ", "Κοινωνικό φροντιστήριο", "Σίτιση", "Φύλαξη παιδιών",
    ];

    /// <summary>
    /// The participations: one participant per person and linked structure (the home one, and the
    /// second of one person in ten), people taken evenly over the registry until N; a share re-enter
    /// the same structure after an exit (about 10 %, more when N needs it); about 15 % incomplete
    /// (one of gender, birth date, labour status, ISCED missing); about 60 % with an exit; half of
    /// the exits whose six months have passed with a follow-up.
    /// </summary>
    private static IEnumerable<Participation> BuildParticipations(Plan plan)
    {
        var n = plan.Participations;
        var today = plan.Today;
        var span = today.DayNumber - FirstEntry.DayNumber;
        var perPerson = 1.095; // links per person
        var share = Math.Min(1.0, n / (perPerson * 1.1 * plan.People));
        var reentry = Math.Clamp((n / (share * perPerson * plan.People)) - 1, 0.05, 0.9);
        var id = 0;
        var createdAt = DateTime.SpecifyKind(plan.Now, DateTimeKind.Utc);
        for (var person = 1; person <= plan.People && id < n; person++)
        {
            if (share < 1 && Math.Floor(person * share) == Math.Floor((person - 1) * share))
            {
                continue;
            }

            var p = People.Get(person);
            foreach (var structure in plan.Links(person))
            {
                if (id >= n)
                {
                    yield break;
                }

                var r = new Random((person * 31) + structure);
                var again = r.NextDouble() < reentry && id + 1 < n;
                var entry = FirstEntry.AddDays(r.Next(Math.Max(1, span - (again ? 420 : 0))));
                if (entry < p.BirthDate.AddYears(15))
                {
                    entry = p.BirthDate.AddYears(15).AddDays(r.Next(900));
                }

                var first = Participant(r, ++id, structure, person, p, entry, today, createdAt, mustExit: again);
                yield return first;
                if (again && first.ExitDate is { } left)
                {
                    var back = left.AddDays(30 + r.Next(150));
                    if (back <= today)
                    {
                        yield return Participant(r, ++id, structure, person, p, back, today, createdAt, mustExit: false);
                    }
                }
            }
        }
    }

    private static Participation Participant(Random r, int id, int structure, int person, FakePerson p, DateOnly entry, DateOnly today, DateTime now, bool mustExit)
    {
        var x = new Participation
        {
            Id = id,
            StructureId = structure,
            BeneficiaryId = person,
            ExternalId = r.Next(10) < 3 ? $"B{person:D7}-{id}" : null,
            EntryDate = entry,
            Gender = r.Next(200) == 0 ? Gender.NonBinary : p.Gender,
            BirthDate = p.BirthDate,
            LabourStatus = r.Next(100) switch
            {
                < 25 => LabourStatus.Employed,
                < 70 => LabourStatus.Unemployed,
                < 80 => LabourStatus.InactiveInEducation,
                _ => LabourStatus.Inactive,
            },
            Isced = r.Next(100) switch
            {
                < 4 => 0,
                < 14 => 1,
                < 30 => 2,
                < 60 => 3,
                < 68 => 4,
                < 74 => 5,
                < 90 => 6,
                < 98 => 7,
                _ => 8,
            },
            Disability = Sensitive(r, 8),
            ForeignBackground = Sensitive(r, 12),
            Minority = Sensitive(r, 4),
            Homeless = Sensitive(r, 3),
            OtherDisadvantaged = Sensitive(r, 10),
            ThirdCountryNational = r.Next(100) switch { < 6 => true, < 95 => false, _ => null },
            Rural = r.Next(100) switch { < 15 => true, < 96 => false, _ => null },
            CreatedAt = DateTime.SpecifyKind(entry.ToDateTime(new TimeOnly(9, 0)), DateTimeKind.Utc),
            CreatedBy = CoordinatorEmail,
        };
        if (x.LabourStatus == LabourStatus.Unemployed && r.Next(10) != 0)
        {
            x.UnemployedMonths = r.Next(100) < 50 ? r.Next(0, 15) : r.Next(0, 60); // many around 6/7 and 12/13
        }

        if (r.Next(100) < 15)
        {
            switch (r.Next(4))
            {
                case 0: x.Gender = null; break;
                case 1: x.BirthDate = null; break;
                case 2: x.LabourStatus = null; x.UnemployedMonths = null; break;
                default: x.Isced = null; break;
            }
        }

        if (mustExit || r.Next(100) < 62)
        {
            var exit = entry.AddDays(30 + r.Next(mustExit ? 240 : 420));
            if (exit <= today)
            {
                x.ExitDate = exit;
                x.ExitSituation = r.Next(100) switch
                {
                    < 25 => ExitSituation.Employed,
                    < 50 => ExitSituation.JobSearching,
                    < 62 => ExitSituation.EducationTraining,
                    < 80 => ExitSituation.Inactive,
                    < 95 => ExitSituation.Unknown,
                    _ => null,
                };
                x.QualificationGained = r.Next(100) switch { < 40 => true, < 90 => false, _ => null };
                x.FollowUpDue = exit.AddMonths(6);
                if (x.FollowUpDue <= today && r.Next(100) < 55)
                {
                    x.Situation6m = (SituationAfterSixMonths)r.Next(1, 5);
                    x.Improved6m = r.Next(100) switch { < 35 => true, < 90 => false, _ => null };
                    var recorded = x.FollowUpDue.Value.AddDays(r.Next(30));
                    x.FollowUpRecordedAt = DateTime.SpecifyKind((recorded > today ? today : recorded).ToDateTime(new TimeOnly(10, 0)), DateTimeKind.Utc);
                }
            }
        }

        if (x.CreatedAt > now)
        {
            x.CreatedAt = now;
        }

        return x;
    }

    /// <summary>A sensitive answer: yes for pctYes %, refused for 6 %, empty for 5 %, no otherwise.</summary>
    private static YesNoRefused? Sensitive(Random r, int pctYes) => r.Next(100) switch
    {
        var v when v < pctYes => YesNoRefused.Yes,
        var v when v < pctYes + 6 => YesNoRefused.Refused,
        var v when v < pctYes + 11 => null,
        _ => YesNoRefused.No,
    };

    private static DateTime AtAthens(DateOnly day, int hour) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(day.ToDateTime(new TimeOnly(hour, 0)), DateTimeKind.Unspecified), Athens);

    private static async Task LoadStatsPostgresAsync(NpgsqlConnection conn, Plan plan, Stopwatch sw, CancellationToken ct)
    {
        var count = 0;
        await using (var w = await Copy(conn, "COPY participations (id, structure_id, beneficiary_id, external_id, entry_date, gender, birth_date, labour_status, unemployed_months, isced, disability, foreign_background, minority, homeless, other_disadvantaged, third_country_national, rural, exit_date, exit_situation, qualification_gained, follow_up_due, situation6m, improved6m, follow_up_recorded_at, created_at, created_by, version) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var x in BuildParticipations(plan))
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(x.Id, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(x.StructureId, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(x.BeneficiaryId, NpgsqlDbType.Integer, ct);
                await Text(w, x.ExternalId, ct);
                await w.WriteAsync(x.EntryDate, NpgsqlDbType.Date, ct);
                await Int(w, (int?)x.Gender, ct);
                await Date(w, x.BirthDate, ct);
                await Int(w, (int?)x.LabourStatus, ct);
                await Int(w, x.UnemployedMonths, ct);
                await Int(w, x.Isced, ct);
                await Int(w, (int?)x.Disability, ct);
                await Int(w, (int?)x.ForeignBackground, ct);
                await Int(w, (int?)x.Minority, ct);
                await Int(w, (int?)x.Homeless, ct);
                await Int(w, (int?)x.OtherDisadvantaged, ct);
                await Bool(w, x.ThirdCountryNational, ct);
                await Bool(w, x.Rural, ct);
                await Date(w, x.ExitDate, ct);
                await Int(w, (int?)x.ExitSituation, ct);
                await Bool(w, x.QualificationGained, ct);
                await Date(w, x.FollowUpDue, ct);
                await Int(w, (int?)x.Situation6m, ct);
                await Bool(w, x.Improved6m, ct);
                await Timestamp(w, x.FollowUpRecordedAt, ct);
                await w.WriteAsync(x.CreatedAt, NpgsqlDbType.TimestampTz, ct);
                await Text(w, x.CreatedBy, ct);
                await w.WriteAsync(0, NpgsqlDbType.Integer, ct);
                Progress("participations", ++count, plan.Participations, sw);
            }

            await w.CompleteAsync(ct);
        }

        Console.WriteLine($"  {count:N0} participations ({sw.Elapsed.TotalSeconds:F0} s)");

        // Cases: one person in five has a case in their home structure, opened in the last two
        // years; about 45 % closed, some on hold, the rest open or active; each with its history.
        var today = plan.Today;
        var cases = 0;
        long changes = 0;
        var history = new List<(int Case, CaseStatus Status, string? Reason, DateTime At)>();
        await using (var w = await Copy(conn, "COPY cases (id, structure_id, beneficiary_id, opened_on, opened_by_user_id, opened_by_name, status, status_reason, closed_on, version) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var person = 1; person <= plan.People; person += 5)
            {
                var r = new Random(person ^ 0x5eed);
                var id = ++cases;
                var opened = today.AddDays(-r.Next(730));
                var status = r.Next(100) switch { < 45 => CaseStatus.Closed, < 55 => CaseStatus.OnHold, < 75 => CaseStatus.Open, _ => CaseStatus.Active };
                DateOnly? closed = status == CaseStatus.Closed ? opened.AddDays(1 + r.Next(300)) : null;
                if (closed > today)
                {
                    closed = null;
                    status = CaseStatus.Active;
                }

                string? reason = status switch { CaseStatus.Closed => "Ολοκλήρωση στόχων", CaseStatus.OnHold => "Αναμονή δικαιολογητικών", _ => null };
                history.Add((id, CaseStatus.Open, null, AtAthens(opened, 10)));
                if (status != CaseStatus.Open)
                {
                    history.Add((id, CaseStatus.Active, null, AtAthens(opened, 11)));
                }

                if (status is CaseStatus.OnHold or CaseStatus.Closed)
                {
                    history.Add((id, status, reason, AtAthens(closed ?? opened.AddDays(1 + r.Next(Math.Max(1, today.DayNumber - opened.DayNumber))), 12)));
                }

                await w.StartRowAsync(ct);
                await w.WriteAsync(id, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(plan.HomeStructure(person), NpgsqlDbType.Integer, ct);
                await w.WriteAsync(person, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(opened, NpgsqlDbType.Date, ct);
                await w.WriteAsync(plan.StaffUserId, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync("Υποδοχή (bench)", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync((int)status, NpgsqlDbType.Integer, ct);
                await Text(w, reason, ct);
                await Date(w, closed, ct);
                await w.WriteAsync(0, NpgsqlDbType.Integer, ct);
            }

            await w.CompleteAsync(ct);
        }

        await using (var w = await Copy(conn, "COPY case_status_changes (id, case_id, status, reason, at, by_name) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (caseId, status, reason, at) in history)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(++changes, NpgsqlDbType.Bigint, ct);
                await w.WriteAsync(caseId, NpgsqlDbType.Integer, ct);
                await w.WriteAsync((int)status, NpgsqlDbType.Integer, ct);
                await Text(w, reason, ct);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync("Υποδοχή (bench)", NpgsqlDbType.Varchar, ct);
            }

            await w.CompleteAsync(ct);
        }

        Console.WriteLine($"  {cases:N0} cases, {changes:N0} status changes ({sw.Elapsed.TotalSeconds:F0} s)");

        // Referrals: one person in twenty, from their home structure to another one, created in the
        // last two years, in every status of the closed loop, each with the steps that led there.
        var referrals = 0;
        var steps = new List<(int Referral, ReferralStatus? From, ReferralStatus To, DateTime At)>();
        await using (var w = await Copy(conn, "COPY referrals (id, beneficiary_id, from_structure_id, to_structure_id, reason, urgency, due_date, shared_fields, legal_basis, status, decline_reason, outcome, created_at, created_by, sent_at, accepted_at, completed_at, version) FROM STDIN (FORMAT BINARY)", ct))
        {
            for (var person = 7; person <= plan.People; person += 20)
            {
                var r = new Random(person ^ 0x7e7e);
                var id = ++referrals;
                var from = plan.HomeStructure(person);
                var to = plan.StructureIds[(Array.IndexOf(plan.StructureIds, from) + 1 + r.Next(plan.StructureIds.Length - 1)) % plan.StructureIds.Length];
                var created = AtAthens(today.AddDays(-r.Next(730)), 9).AddMinutes(r.Next(420));
                var status = (ReferralStatus)(r.Next(100) switch { < 5 => 1, < 15 => 2, < 25 => 3, < 35 => 4, < 45 => 5, < 60 => 6, < 80 => 7, < 92 => 8, _ => 9 });
                ReferralStatus[] path = status switch
                {
                    ReferralStatus.Draft => [ReferralStatus.Draft],
                    ReferralStatus.Declined => [ReferralStatus.Draft, ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Declined],
                    ReferralStatus.Withdrawn => [ReferralStatus.Draft, ReferralStatus.Sent, ReferralStatus.Withdrawn],
                    _ => [.. new[] { ReferralStatus.Draft, ReferralStatus.Sent, ReferralStatus.Received, ReferralStatus.Accepted, ReferralStatus.InProgress, ReferralStatus.Completed, ReferralStatus.Closed }.TakeWhile(s => s <= status)],
                };
                DateTime? sent = null, accepted = null, completed = null;
                var at = created;
                ReferralStatus? previous = null;
                foreach (var s in path)
                {
                    steps.Add((id, previous, s, at));
                    sent ??= s == ReferralStatus.Sent ? at : null;
                    accepted ??= s == ReferralStatus.Accepted ? at : null;
                    completed ??= s == ReferralStatus.Completed ? at : null;
                    previous = s;
                    at = at.AddHours(2 + r.Next(24 * 10));
                }

                await w.StartRowAsync(ct);
                await w.WriteAsync(id, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(person, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(from, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(to, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(ReferralReasons[r.Next(ReferralReasons.Length)], NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Next(5) == 0 ? 2 : 1, NpgsqlDbType.Integer, ct);
                await Date(w, r.Next(2) == 0 ? DateOnly.FromDateTime(created).AddDays(14) : null, ct);
                await w.WriteAsync("lastName,firstName,phone", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync("Άρθρο 6 παρ. 1 στ. ε΄ ΓΚΠΔ", NpgsqlDbType.Varchar, ct);
                await w.WriteAsync((int)status, NpgsqlDbType.Integer, ct);
                await Text(w, status == ReferralStatus.Declined ? "Εκτός αρμοδιότητας" : null, ct);
                await Text(w, status is ReferralStatus.Completed or ReferralStatus.Closed ? "Εξυπηρετήθηκε" : null, ct);
                await w.WriteAsync(created, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(FrontDeskEmail, NpgsqlDbType.Varchar, ct);
                await Timestamp(w, sent, ct);
                await Timestamp(w, accepted, ct);
                await Timestamp(w, completed, ct);
                await w.WriteAsync(0, NpgsqlDbType.Integer, ct);
            }

            await w.CompleteAsync(ct);
        }

        var stepId = 0;
        await using (var w = await Copy(conn, "COPY referral_status_changes (id, referral_id, from_status, to_status, at, by_user_id, by_name) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var (referral, from, to, at) in steps)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(++stepId, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(referral, NpgsqlDbType.Integer, ct);
                await Int(w, (int?)from, ct);
                await w.WriteAsync((int)to, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(at, NpgsqlDbType.TimestampTz, ct);
                await w.WriteAsync(plan.StaffUserId, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync("Υποδοχή (bench)", NpgsqlDbType.Varchar, ct);
            }

            await w.CompleteAsync(ct);
        }

        Console.WriteLine($"  {referrals:N0} referrals, {stepId:N0} status changes ({sw.Elapsed.TotalSeconds:F0} s)");
    }

    private static Task Date(NpgsqlBinaryImporter w, DateOnly? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value.Value, NpgsqlDbType.Date, ct);

    private static Task Bool(NpgsqlBinaryImporter w, bool? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(value.Value, NpgsqlDbType.Boolean, ct);

    private static Task Timestamp(NpgsqlBinaryImporter w, DateTime? value, CancellationToken ct) =>
        value is null ? w.WriteNullAsync(ct) : w.WriteAsync(DateTime.SpecifyKind(value.Value, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, ct);
}
