namespace SaySomething.Metadata.Fixtures;

/// <summary>The fixture pages and documents in <c>Pages/</c>, written for these tests (not copies of real pages).</summary>
public static class FixturePages
{
    /// <summary>The bytes of fixture <paramref name="name"/>.</summary>
    public static byte[] Bytes(string name)
    {
        using var stream = typeof(FixturePages).Assembly.GetManifestResourceStream("Pages." + name)
            ?? throw new InvalidOperationException($"no fixture page {name}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>The text of fixture <paramref name="name"/> (UTF-8).</summary>
    public static string Text(string name) => System.Text.Encoding.UTF8.GetString(Bytes(name));
}
