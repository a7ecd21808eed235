namespace OneStop.Web.Features.Distribution;

/// <summary>The text key that says why a household is not eligible.</summary>
public static class Rules
{
    public static string RefusalKey(EligibilityDto standing) => standing switch
    {
        { OnList: false } => "NotOnList",
        { InDates: false } => "OutsideListDates",
        _ => "LimitReached",
    };
}
