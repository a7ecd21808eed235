using System.Text.Json;
using Microsoft.Extensions.Localization;
using OneStop.Data.Entities;

namespace OneStop.Web.Features.FrontDesk;

/// <summary>Names of the coded values of a visit in the user's language (keys like Channel_in_person).</summary>
public sealed class VisitTexts(IStringLocalizer<FrontDeskResource> t)
{
    public static string Code<T>(T value) where T : struct, Enum => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public string Channel(VisitChannel value) => t["Channel_" + Code(value)];

    public string Outcome(VisitOutcome value) => t["Outcome_" + Code(value)];

    public string AgeBand(AgeBand value) => t["AgeBand_" + Code(value)];

    public string Gender(Gender value) => t["Gender_" + Code(value)];

    public string Axis(Axis value) => t["Axis_" + value.ToString()];

    /// <summary>«ανώνυμος», with what the anonymous contact told (gender, age band, nationality).</summary>
    public string Person(VisitDto v)
    {
        if (!v.Anonymous)
        {
            return v.PersonName ?? "";
        }

        var details = new List<string>();
        if (v.Gender is { } g)
        {
            details.Add(Gender(g));
        }

        if (v.AgeBand is { } a)
        {
            details.Add(AgeBand(a));
        }

        if (v.Nationality is { } n)
        {
            details.Add(n);
        }

        return details.Count == 0 ? t["AnonymousPerson"] : $"{t["AnonymousPerson"]} ({string.Join(", ", details)})";
    }

    public string ServicesAndOutcome(VisitDto v) =>
        v.Services.Count == 0 ? Outcome(v.Outcome) : $"{string.Join(", ", v.Services.Select(s => s.Name))} / {Outcome(v.Outcome)}";
}
