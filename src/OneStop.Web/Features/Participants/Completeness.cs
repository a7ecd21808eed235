using System.Linq.Expressions;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.Participants;

/// <summary>
/// docs/INDICATORS.md: a participant is complete when gender, birth date, labour status and ISCED are
/// present; an incomplete one counts in no 2014-2020 indicator and only in EECO01.
/// </summary>
public static class Completeness
{
    public const string Gender = "gender", BirthDate = "birth_date", LabourStatus = "labour_status", Isced = "isced";

    public static IReadOnlyList<string> Missing(Gender? gender, DateOnly? birthDate, LabourStatus? labourStatus, int? isced)
    {
        var missing = new List<string>(4);
        if (gender is null)
        {
            missing.Add(Gender);
        }

        if (birthDate is null)
        {
            missing.Add(BirthDate);
        }

        if (labourStatus is null)
        {
            missing.Add(LabourStatus);
        }

        if (isced is null)
        {
            missing.Add(Isced);
        }

        return missing;
    }

    /// <summary>The SQL form of <see cref="Missing"/>: a participation whose entry data lacks one of the four fields.</summary>
    public static readonly Expression<Func<OneStop.Data.Entities.Participation, bool>> EntryIncomplete =
        p => p.Gender == null || p.BirthDate == null || p.LabourStatus == null || p.Isced == null;

    /// <summary>A six-month follow-up that is due (or will be) and has no result yet: the one rule of the
    /// follow-up list, the Coordinator's dashboard and the data-quality report.</summary>
    public static readonly Expression<Func<OneStop.Data.Entities.Participation, bool>> FollowUpPending =
        p => p.FollowUpDue != null && p.Situation6m == null && p.Improved6m == null;

    /// <summary>Six months after the exit: when the follow-up is due.</summary>
    public static DateOnly? FollowUpDue(DateOnly? exitDate) => exitDate?.AddMonths(6);
}
