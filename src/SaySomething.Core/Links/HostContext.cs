namespace SaySomething.Core.Links;

/// <summary>What precedes a host in the text, which decides how much evidence the host itself must give.</summary>
internal enum HostContext : byte
{
    /// <summary>Nothing: the host must end in a known top-level domain.</summary>
    Schemeless,

    /// <summary><c>http://</c>, <c>https://</c> or <c>ftp://</c>.</summary>
    AfterScheme,

    /// <summary>The '@' of an e-mail address.</summary>
    Email,

    /// <summary>The '@' of an e-mail address written after <c>mailto:</c>.</summary>
    AfterMailto,
}
