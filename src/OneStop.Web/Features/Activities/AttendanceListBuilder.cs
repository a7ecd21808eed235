using System.Globalization;
using Microsoft.Extensions.Localization;
using OneStop.Web.Exports;

namespace OneStop.Web.Features.Activities;

/// <summary>Turns a session into the localised attendance list the PDF renderer lays out.</summary>
public sealed class AttendanceListBuilder(IStringLocalizer<ActivitiesResource> t)
{
    public AttendanceList Build(SessionDto s)
    {
        var when = s.Day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) + (s.StartsAt is { } at ? " " + at.ToString("HH:mm", CultureInfo.InvariantCulture) : "");
        var blank = Math.Max((s.Capacity ?? 0) - s.Attendees.Count, 10);
        return new AttendanceList(
            t["AttendanceListTitle"],
            [
                new(t["Title"], s.ActivityTitle),
                new(t["Structure"], s.StructureName),
                new(t["Day"], when),
                new(t["Place"], s.Place ?? ""),
                new(t["Facilitators"], s.Facilitators ?? ""),
            ],
            [t["ColNumber"], t["ColName"], t["ColSignature"]],
            [.. s.Attendees.Select(a => a.Name)],
            blank,
            t["HeadCountLine", s.HeadCounts.Sum(h => h.Count)],
            t["FacilitatorSignature"],
            t["PageOf"]);
    }

    public string FileName(SessionDto s) => string.Create(CultureInfo.InvariantCulture, $"attendance-{s.Id}-{s.Day:yyyy-MM-dd}.pdf");
}
