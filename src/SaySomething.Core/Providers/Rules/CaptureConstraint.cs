namespace SaySomething.Core.Providers.Rules;

/// <summary>What a <c>{name:constraint}</c> capture in a rule pattern accepts.</summary>
internal enum CaptureConstraint : byte
{
    /// <summary>Any non-empty text (the default).</summary>
    Any,

    /// <summary>ASCII digits only.</summary>
    Digits,

    /// <summary>At least eight ASCII digits (Mastodon-style status ids).</summary>
    LongDigits,

    /// <summary>Letters, digits, '_' and '-' (YouTube ids, short codes).</summary>
    Token,

    /// <summary>The leading run of letters and digits, which must be followed by '-', '.' or '_' (Rumble's <c>v4abc-title.html</c>).</summary>
    Head,

    /// <summary>VK object ids: optional '-', digits, '_', digits.</summary>
    VkId,
}
