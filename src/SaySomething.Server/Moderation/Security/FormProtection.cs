using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SaySomething.Server.Moderation.Rendering;

namespace SaySomething.Server.Moderation.Security;

/// <summary>
/// Guards every state-changing UI request: a request from another origin (by <c>Origin</c> or
/// <c>Sec-Fetch-Site</c>) is refused with 403, and one without this site's antiforgery token for this session (missing,
/// altered, or another user's) with 400. Runs before the handler reads the form.
/// </summary>
internal sealed class FormProtection : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!FromThisSite(http.Request))
        {
            return UiResults.Message(http, StatusCodes.Status403Forbidden, "Refused",
                "This form was sent from another site. Open SaySomething directly and use its own pages.");
        }

        bool valid;
        try
        {
            valid = http.Request.HasFormContentType
                && await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            valid = false;
        }

        if (!valid)
        {
            return UiResults.Message(http, StatusCodes.Status400BadRequest, "The form cannot be used",
                "The form's security token is missing, expired or belongs to another session. Go back, reload the page and send it again.");
        }

        return await next(context).ConfigureAwait(false);
    }

    private static bool FromThisSite(HttpRequest request)
    {
        string? fetchSite = request.Headers["Sec-Fetch-Site"];
        if (fetchSite is not null && fetchSite != "same-origin" && fetchSite != "none")
        {
            return false;
        }

        string? origin = request.Headers.Origin;
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
