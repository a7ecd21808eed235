using Microsoft.AspNetCore.Mvc;

namespace OneStop.Web.Features.Public;

/// <summary>The "requested appointments" section of the Today page, for those who work in the structure.</summary>
public sealed class AppointmentRequestsViewComponent(AppointmentRequests requests) : ViewComponent
{
    public sealed record Model(int StructureId, DateOnly Day, List<AppointmentRow> Rows);

    public async Task<IViewComponentResult> InvokeAsync(int structureId, DateOnly day) =>
        await requests.ForDayAsync(structureId, day, HttpContext.RequestAborted) is { } rows
            ? View(new Model(structureId, day, rows))
            : Content("");
}
