using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Admin;

public sealed class AuditPageNoQueryTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Audit_OpenedWithoutFilters_ListsTheNewestEntries()
    {
        await factory.MunicipalityAsync("Δήμος Ελέγχου");
        var browser = await factory.BrowserAsync(AppFactory.AdminEmail, AppFactory.AdminPassword);

        var html = await browser.GetStringAsync("/Admin/Audit");

        Assert.Contains("Δήμος Ελέγχου", html);
        Assert.Contains("<tbody>", html);
    }
}
