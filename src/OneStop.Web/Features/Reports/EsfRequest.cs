using Microsoft.Extensions.Localization;
using OneStop.Web.Domain;

namespace OneStop.Web.Features.Reports;

/// <summary>The ESF report's parameters as the API and the page take them, checked field by field.</summary>
public sealed record EsfRequest(EsfFramework Framework, DateOnly From, DateOnly To)
{
    public const string Framework2014 = "2014-2020", Framework2021 = "2021-2027";

    public static string Name(EsfFramework framework) => framework == EsfFramework.Esf2014 ? Framework2014 : Framework2021;

    /// <summary>The request, or the errors keyed by field name (framework, from, to) in the user's language.</summary>
    public static (EsfRequest? Request, Dictionary<string, string[]> Errors) Parse(string? framework, string? from, string? to, IStringLocalizer<ReportsResource> t)
    {
        var errors = new Dictionary<string, string[]>();
        EsfFramework? fw = framework switch
        {
            Framework2014 => EsfFramework.Esf2014,
            Framework2021 => EsfFramework.Esf2021,
            _ => null,
        };
        if (fw is null)
        {
            errors["framework"] = [t["FrameworkInvalid"]];
        }

        var (start, end) = ReportPeriod.Parse(from, to, errors, t["DateInvalid"], t["PeriodInvalid"]);

        return errors.Count > 0 ? (null, errors) : (new EsfRequest(fw!.Value, start!.Value, end!.Value), errors);
    }
}
