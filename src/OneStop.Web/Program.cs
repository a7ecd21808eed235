using OneStop.Web.Setup;

var builder = WebApplication.CreateBuilder(args);
builder.AddData();
builder.AddModules();
builder.AddAppIdentity();
builder.AddAppLocalization();
builder.AddAppWeb();
builder.AddAppApi();

var app = builder.Build();
await app.InitializeDatabaseAsync();
app.UseAppPipeline();
app.MapAppEndpoints();
app.Run();

/// <summary>Entry point, public so that the tests' WebApplicationFactory can host it.</summary>
public partial class Program;
