using OneStop.Data.Entities;

namespace OneStop.Web.Features.Participation;

/// <summary>
/// INDICATORS.md: a participant is complete when gender, birth date, labour status and ISCED are
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

    /// <summary>Six months after the exit: when the follow-up is due.</summary>
    public static DateOnly? FollowUpDue(DateOnly? exitDate) => exitDate?.AddMonths(6);
}
