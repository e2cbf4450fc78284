using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Components;
using SaySomething.Server.Moderation.Pages;

namespace SaySomething.Server.Moderation.Rendering;

/// <summary>The answers of UI endpoints: a rendered page (never cached), a message page, or a redirect after a form.</summary>
internal static class UiResults
{
    public static IResult Page<TPage>(HttpContext http, object parameters, int status = StatusCodes.Status200OK)
        where TPage : IComponent
    {
        http.Response.Headers.CacheControl = "no-store";
        return new RazorComponentResult<TPage>(parameters) { StatusCode = status };
    }

    /// <summary>A page that says what happened and what to do, with the given status.</summary>
    public static IResult Message(HttpContext http, int status, string title, string text, string? back = null) =>
        Page<MessagePage>(http, new { Ui = UiContext.For(http), Title = title, Text = text, Back = back }, status);

    /// <summary>303 See Other: after a form, the browser loads the next page with GET.</summary>
    public static IResult SeeOther(string url) => new SeeOtherResult(url);

    /// <summary>Whether <paramref name="url"/> is a path on this site (not <c>//host</c> or <c>/\host</c>): safe to redirect to.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Any(char.IsControl);

    private sealed class SeeOtherResult(string url) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = url;
            return Task.CompletedTask;
        }
    }
}
