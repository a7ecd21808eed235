using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Localization;

namespace OneStop.Web.Api;

/// <summary>
/// A body that is not valid JSON, or a value of the wrong kind (a word where a number or a code is
/// expected), answers 400 problem details naming the field, instead of an error page.
/// </summary>
internal sealed class ApiBadRequestHandler(IStringLocalizer<SharedResource> l) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // By now the request path is the error page's; the original one is in the feature.
        var path = httpContext.Features.Get<IExceptionHandlerFeature>()?.Path ?? httpContext.Request.Path;
        if (exception is not BadHttpRequestException bad || !path.StartsWith("/api", StringComparison.Ordinal))
        {
            return false;
        }

        var errors = new Dictionary<string, string[]>();
        if (bad.InnerException is JsonException { Path: { Length: > 2 } jsonPath })
        {
            var field = jsonPath.TrimStart('$', '.').Split('.', '[')[0];
            errors[field] = [l["InvalidJsonValue", field].Value];
        }

        var problem = new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status400BadRequest,
            Title = l["InvalidRequestBody"],
        };
        httpContext.Response.StatusCode = StatusCodes.Status400BadRequest;
        await httpContext.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        return true;
    }
}
