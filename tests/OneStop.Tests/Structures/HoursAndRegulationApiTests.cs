using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OneStop.Tests.Infrastructure;

namespace OneStop.Tests.Structures;

public sealed class HoursAndRegulationApiTests(AppFactory factory) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task PutHours_SplitDayAndHoliday_ReplacesBothLists()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();
        await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", new { openingHours = new[] { new { day = "friday", opens = "09:00", closes = "10:00" } } });

        var response = await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", new
        {
            openingHours = new[]
            {
                new { day = "monday", opens = "17:00", closes = "20:00" },
                new { day = "monday", opens = "08:00", closes = "14:00" },
            },
            hoursExceptions = new object[]
            {
                new { date = "2026-12-25", closed = true, note = "Χριστούγεννα" },
                new { date = "2026-12-24", closed = false, opens = "08:00", closes = "12:00" },
            },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["08:00-14:00", "17:00-20:00"], body.GetProperty("openingHours").EnumerateArray()
            .Select(h => $"{h.GetProperty("opens").GetString()}-{h.GetProperty("closes").GetString()}"));
        Assert.All(body.GetProperty("openingHours").EnumerateArray(), h => Assert.Equal("monday", h.GetProperty("day").GetString()));
        var exceptions = body.GetProperty("hoursExceptions").EnumerateArray().ToList();
        Assert.Equal(["2026-12-24", "2026-12-25"], exceptions.Select(e => e.GetProperty("date").GetString()));
        Assert.True(exceptions[1].GetProperty("closed").GetBoolean());
    }

    [Theory]
    [InlineData("08:00", "14:00", "13:00", "18:00", "openingHours[1].opens")]
    [InlineData("08:00", "14:00", "09:00", "10:00", "openingHours[1].opens")]
    [InlineData("14:00", "08:00", "17:00", "20:00", "openingHours[0].closes")]
    [InlineData("08:00", "08:00", "17:00", "20:00", "openingHours[0].closes")]
    [InlineData("08:00", "25:00", "17:00", "20:00", "openingHours[0].closes")]
    public async Task PutHours_OverlapOrClosesBeforeOpens_ProblemOnTheField(string opens1, string closes1, string opens2, string closes2, string field)
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();

        var response = await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", new
        {
            openingHours = new[]
            {
                new { day = "tuesday", opens = opens1, closes = closes1 },
                new { day = "tuesday", opens = opens2, closes = closes2 },
            },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal([field], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task PutHours_SameExceptionSavedTwice_ReplacedNotDuplicated()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();
        var body = new { hoursExceptions = new[] { new { date = "2026-01-06", closed = true, note = "Θεοφάνεια" } } };

        var first = await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", body);
        var second = await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(1, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hoursExceptions").GetArrayLength());
    }

    [Fact]
    public async Task PutHours_StaleVersion_Conflict()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();
        var body = new { openingHours = new[] { new { day = "monday", opens = "08:00", closes = "14:00" } }, version = 0 };

        var first = await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", body);
        var stale = await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", body);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task PutHours_SameTimesOnDifferentDays_Accepted()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();

        var response = await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", new
        {
            openingHours = new[] { new { day = "monday", opens = "08:00", closes = "14:00" }, new { day = "tuesday", opens = "08:00", closes = "14:00" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PutHours_OpenExceptionWithoutTimes_ProblemOnBothTimes()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();

        var response = await api.PutAsJsonAsync($"/api/v1/structures/{id}/hours", new
        {
            hoursExceptions = new[] { new { date = "2026-08-14", closed = false } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("hoursExceptions[0].opens", out _));
        Assert.True(errors.TryGetProperty("hoursExceptions[0].closes", out _));
    }

    [Fact]
    public async Task PutRegulation_Pdf_StoredAndDownloadable()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();

        var put = await api.PutAsync($"/api/v1/structures/{id}/regulation", IsolationFactory.PdfUpload());
        var get = await api.GetAsync($"/api/v1/structures/{id}/regulation");

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.True((await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hasRegulation").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("application/pdf", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IsolationFactory.Pdf, await get.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetRegulation_NoneUploaded_NotFound()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();

        var response = await api.GetAsync($"/api/v1/structures/{id}/regulation");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    public static TheoryData<string, byte[]> RefusedFiles() => new()
    {
        { "regulation.pdf", "GIF89a not a pdf"u8.ToArray() },
        { "regulation.docx", IsolationFactory.Pdf },
        { "regulation.pdf", [.. IsolationFactory.Pdf, .. new byte[70_000]] },
    };

    [Theory]
    [MemberData(nameof(RefusedFiles))]
    public async Task PutRegulation_NotPdfOrTooLarge_ProblemUnderFile(string fileName, byte[] content)
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();

        var response = await api.PutAsync($"/api/v1/structures/{id}/regulation", IsolationFactory.PdfUpload(content, fileName));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.False(string.IsNullOrEmpty(errors.GetProperty("file")[0].GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/v1/structures/{id}/regulation")).StatusCode);
    }

    [Fact]
    public async Task PutRegulation_NoFile_ProblemUnderFile()
    {
        var id = await factory.StructureAsync(await factory.MunicipalityAsync());
        var api = await factory.AdminApiAsync();

        var response = await api.PutAsync($"/api/v1/structures/{id}/regulation", new MultipartFormDataContent { { new StringContent("x"), "other" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("file", out _));
    }
}
