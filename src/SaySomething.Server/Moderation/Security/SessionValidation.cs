using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SaySomething.Storage;

namespace SaySomething.Server.Moderation.Security;

/// <summary>
/// Checks each request's session against the account: a deleted or disabled account, or a changed password or role
/// (the stamp), ends the session; a password change that was required and is now done is reflected at once.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is not { } principal || SessionClaims.AccountIdOf(principal) is not { } id)
        {
            await RejectAsync(context).ConfigureAwait(false);
            return;
        }

        var store = context.HttpContext.RequestServices.GetRequiredService<ServiceStore>();
        var db = store.Open();
        await using (db.ConfigureAwait(false))
        {
            var account = await db.Moderators.AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, context.HttpContext.RequestAborted).ConfigureAwait(false);
            if (account is null || account.DisabledAt is not null || SessionClaims.StampOf(account) != principal.FindFirst(SessionClaims.Stamp)?.Value)
            {
                await RejectAsync(context).ConfigureAwait(false);
                return;
            }

            if (SessionClaims.MustChange(principal) != account.MustChangePassword)
            {
                context.ReplacePrincipal(SessionClaims.For(account));
                context.ShouldRenew = true;
            }
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(UiAccess.Scheme).ConfigureAwait(false);
    }
}
