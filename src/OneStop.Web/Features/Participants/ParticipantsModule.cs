namespace OneStop.Web.Features.Participants;

/// <summary>The Participants area's services, registered once by the composition root (Setup/Modules.cs).</summary>
public static class ParticipantsModule
{
    public static IServiceCollection AddParticipantsModule(this IServiceCollection services)
    {
        services.AddScoped<ParticipationAccess>();
        services.AddScoped<ParticipationQueries>();
        services.AddScoped<ParticipationWriter>();
        services.AddScoped<ParticipantImporter>();
        services.AddScoped<NewRowsWriter>();
        return services;
    }
}
