namespace OneStop.Web.Features.Participation;

public static class ParticipationServices
{
    public static IServiceCollection AddParticipation(this IServiceCollection services)
    {
        services.AddScoped<ParticipationAccess>();
        services.AddScoped<ParticipationQueries>();
        services.AddScoped<ParticipationWriter>();
        services.AddScoped<ParticipantImporter>();
        services.AddScoped<NewRowsWriter>();
        return services;
    }
}
