using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using OneStop.Data;
using OneStop.Web.Features.Staff;

namespace OneStop.Web.Features.Network;

/// <summary>
/// The certification pack's publicity and networking material: every file attached to a meeting or
/// a publicity action of the period, and each meeting's minutes as a text file.
/// </summary>
public sealed class NetworkCertificationMaterial(NetworkMaterial material, AppDbContext db, IStringLocalizer<NetworkResource> t) : ICertificationMaterialSource
{
    public async IAsyncEnumerable<CertificationMaterialItem> ForPeriodAsync(int structureId, DateOnly from, DateOnly to, [EnumeratorCancellation] CancellationToken ct)
    {
        var period = await material.ForPeriod(structureId, from, to, ct);
        foreach (var meeting in period.Meetings.OrderBy(m => m.Date).ThenBy(m => m.Id))
        {
            if (!string.IsNullOrWhiteSpace(meeting.Minutes))
            {
                var text = $"{meeting.Title}\n{meeting.Date:dd/MM/yyyy}\n{meeting.PartnerName}\n{meeting.Participants}\n\n{meeting.Minutes}\n";
                yield return new CertificationMaterialItem(meeting.Title, meeting.Date, t["MinutesOfMeeting"], $"{meeting.Date:yyyy-MM-dd}_minutes.txt",
                    _ => Task.FromResult<Stream>(new MemoryStream(Encoding.UTF8.GetBytes(text))));
            }

            foreach (var file in meeting.Files)
            {
                yield return Item(meeting.Title, meeting.Date, t["MaterialOfMeeting"], file);
            }
        }

        foreach (var action in period.Publicity.OrderBy(a => a.Date).ThenBy(a => a.Id))
        {
            foreach (var file in action.Files)
            {
                yield return Item(action.Title, action.Date, t["Kind_" + action.Kind], file);
            }
        }
    }

    private CertificationMaterialItem Item(string name, DateOnly date, string kind, MaterialFile file) =>
        new(name, date, kind, $"{date:yyyy-MM-dd}_{file.FileName}", async ct =>
            new MemoryStream(await db.StoredFiles.AsNoTracking().Where(f => f.Id == file.Id).Select(f => f.Content).SingleAsync(ct)));
}
