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

        if (!http.Request.HasFormContentType)
        {
            return Unusable(http);
        }

        try
        {
            await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException)
        {
            return UiResults.Message(http, StatusCodes.Status400BadRequest, "The form cannot be read",
                "The form contains characters that are not allowed (such as a null character) or is too large. Remove them and send it again.");
        }

        bool valid;
        try
        {
            valid = await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AntiforgeryValidationException or InvalidDataException or IOException)
        {
            valid = false;
        }

        return valid ? await next(context).ConfigureAwait(false) : Unusable(http);
    }

    private static IResult Unusable(HttpContext http) => UiResults.Message(http, StatusCodes.Status400BadRequest, "The form cannot be used",
        "The form's security token is missing, expired or belongs to another session. Go back, reload the page and send it again.");

    private static bool FromThisSite(HttpRequest request)
    {
        string? fetchSite = request.Headers["Sec-Fetch-Site"];
        if (fetchSite is not null && fetchSite != "same-origin" && fetchSite != "none")
        {
            return false;
        }

        string? origin = request.Headers.Origin;
        if (string.IsNullOrEmpty(origin) || (origin == "null" && fetchSite is not null))
        {
            // No origin to compare (an older browser, or "null" from a privacy setting): Sec-Fetch-Site, when sent, has
            // already said same-origin, and the antiforgery token is checked next in any case.
            return true;
        }

        return Uri.TryCreate(origin, UriKind.Absolute, out var uri)
            && string.Equals(uri.Scheme, request.Scheme, StringComparison.OrdinalIgnoreCase)
            && string.Equals(uri.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase);
    }
}
