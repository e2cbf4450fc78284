namespace SaySomething.Core.Judging;

/// <summary>The decision about a post.</summary>
public enum Verdict : byte
{
    /// <summary>The post has at least one governed link and the poster said something of their own about it.</summary>
    Commented,

    /// <summary>A governed link without the poster's own words; <see cref="Judgement.Reason"/> says why.</summary>
    DriveBy,

    /// <summary>The post has no link the policy governs.</summary>
    NotApplicable,

    /// <summary>The judge is not sure enough either way; a moderator should look.</summary>
    NeedsReview,
}

/// <summary>Why a post is a drive-by: what the text around the link is instead of a comment.</summary>
public enum DriveByReason : byte
{
    /// <summary>Not a drive-by.</summary>
    None,

    /// <summary>No text at all besides the link (or only invisible, hidden, whitespace or punctuation characters).</summary>
    NoText,

    /// <summary>Only filler: "lol", "this", "👀", "must watch", emoji, padding, repetition, keyboard mash.</summary>
    FillerOnly,

    /// <summary>The linked item's title, possibly edited, truncated or restyled.</summary>
    TitleOnly,

    /// <summary>Text pasted from the linked item or another source: an article, a quoted post's words.</summary>
    Copied,

    /// <summary>The item's description or a neutral caption of what it shows, in the source's voice.</summary>
    DescriptionOnly,

    /// <summary>Only a quote of someone else (with, at most, filler after it).</summary>
    QuoteOnly,
}

/// <summary>The snake_case names used in JSON, labels and the CLI.</summary>
public static class VerdictNames
{
    /// <summary>The name of a verdict: <c>commented</c>, <c>drive_by</c>, <c>not_applicable</c>, <c>needs_review</c>.</summary>
    public static string ToName(this Verdict verdict) => verdict switch
    {
        Verdict.Commented => "commented",
        Verdict.DriveBy => "drive_by",
        Verdict.NotApplicable => "not_applicable",
        _ => "needs_review",
    };

    /// <summary>The name of a reason (<c>no_text</c>, <c>filler_only</c>, …), or null for <see cref="DriveByReason.None"/>.</summary>
    public static string? ToName(this DriveByReason reason) => reason switch
    {
        DriveByReason.NoText => "no_text",
        DriveByReason.FillerOnly => "filler_only",
        DriveByReason.TitleOnly => "title_only",
        DriveByReason.Copied => "copied",
        DriveByReason.DescriptionOnly => "description_only",
        DriveByReason.QuoteOnly => "quote_only",
        _ => null,
    };

    /// <summary>Reads a verdict name; false for anything else.</summary>
    public static bool TryParseVerdict(string? name, out Verdict verdict)
    {
        foreach (var v in Enum.GetValues<Verdict>())
        {
            if (string.Equals(v.ToName(), name, StringComparison.Ordinal))
            {
                verdict = v;
                return true;
            }
        }

        verdict = default;
        return false;
    }

    /// <summary>Reads a reason name (null or empty is <see cref="DriveByReason.None"/>); false for anything else.</summary>
    public static bool TryParseReason(string? name, out DriveByReason reason)
    {
        reason = DriveByReason.None;
        if (string.IsNullOrEmpty(name))
        {
            return true;
        }

        foreach (var r in Enum.GetValues<DriveByReason>())
        {
            if (string.Equals(r.ToName(), name, StringComparison.Ordinal))
            {
                reason = r;
                return true;
            }
        }

        return false;
    }
}
