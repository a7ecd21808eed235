using OneStop.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddData();
builder.AddModules();
builder.AddAppIdentity();
builder.AddAppLocalization();
builder.AddAppWeb();
builder.AddAppApi();

var app = builder.Build();
if (!await app.InitializeDatabaseAsync())
{
    // The reason is logged; disposing the app flushes the log before the process ends.
    await app.DisposeAsync();
    return 1;
}

app.UseAppPipeline();
app.MapAppEndpoints();
app.Run();
return 0;

/// <summary>Entry point, public so that the tests' WebApplicationFactory can host it.</summary>
public partial class Program;
