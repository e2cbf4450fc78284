using Microsoft.AspNetCore.Http;
using SaySomething.Server.Moderation.Rendering;

namespace SaySomething.Server.Moderation.Security;

/// <summary>Sends an account that must change its password (the first-run admin, a new moderator) to the password page first.</summary>
internal sealed class PasswordChangeGate : IEndpointFilter
{
    public const string PasswordPath = "/ui/account/password";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        return SessionClaims.MustChange(http.User)
            ? ValueTask.FromResult<object?>(UiResults.SeeOther(PasswordPath))
            : next(context);
    }
}
