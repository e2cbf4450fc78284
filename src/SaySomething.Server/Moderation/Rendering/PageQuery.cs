using System.Globalization;
using System.Text;

namespace SaySomething.Server.Moderation.Rendering;

/// <summary>
/// The address of a filtered page (queue, audit log) on another page number: empty values are left out, values are
/// escaped, dates are written as <c>yyyy-MM-dd</c>, and page 1 has no <c>page</c> parameter.
/// </summary>
internal sealed class PageQuery(string path)
{
    private readonly StringBuilder _query = new();

    public PageQuery Add(string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _query.Append(_query.Length == 0 ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }

        return this;
    }

    public PageQuery Add(string name, DateTime? date) => Add(name, date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    public PageQuery Page(int page) => page > 1 ? Add("page", page.ToString(CultureInfo.InvariantCulture)) : this;

    public override string ToString() => path + _query;
}
