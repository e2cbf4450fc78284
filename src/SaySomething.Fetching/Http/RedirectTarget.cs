using System.Net;
using System.Net.Http.Headers;

namespace SaySomething.Fetching.Http;

/// <summary>Recognises a redirect and works out where it points (relative Locations resolved against the current
/// URL). The target is not trusted: the fetcher runs every check on it as on a new URL.</summary>
internal static class RedirectTarget
{
    /// <summary>Returns whether <paramref name="status"/> is a redirect the fetcher follows (301, 302, 303, 307, 308).</summary>
    public static bool IsRedirect(HttpStatusCode status)
        => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Returns the absolute target of the redirect <paramref name="response"/> gave for <paramref name="current"/>,
    /// or why there is none usable.</summary>
    public static (Uri? Target, Refusal? Refusal) Resolve(Uri current, HttpResponseMessage response)
    {
        int status = (int)response.StatusCode;
        if (!response.Headers.NonValidated.TryGetValues("Location", out HeaderStringValues values) || values.Count != 1)
        {
            return (null, new Refusal(FetchFailure.TooManyRedirects,
                $"refused redirect {status} from {Urls.UrlPreflight.Shorten(current.AbsoluteUri)}: it has no single Location"));
        }

        string raw = values.ToString().Trim();
        if (raw.Length == 0 || raw.Any(char.IsControl) || !Uri.TryCreate(current, raw, out Uri? target))
        {
            return (null, new Refusal(FetchFailure.TooManyRedirects,
                $"refused redirect {status} from {Urls.UrlPreflight.Shorten(current.AbsoluteUri)}: unusable Location '{Urls.UrlPreflight.Shorten(raw)}'"));
        }

        return (target, null);
    }
}
