using System.Text;
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text;

public class LookalikeTablesTests
{
    [Fact]
    public void Confusables_Embedded_EqualsSharedReferenceCopy()
    {
        var root = RepositoryRoot();
        var vendored = File.ReadAllBytes(Path.Combine(root, "src", "SaySomething.Core", "Text", "Data", "confusables.txt"));
        var reference = Path.GetFullPath(Path.Combine(root, "..", "shared", "reference", "unicode-confusables", "confusables.txt"));
        if (File.Exists(reference))
        {
            Assert.Equal(File.ReadAllBytes(reference), vendored);
        }

        using var stream = typeof(TextNormalizer).Assembly.GetManifestResourceStream("SaySomething.Core.Text.Data.confusables.txt");
        Assert.NotNull(stream);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        Assert.Equal(vendored, copy.ToArray());
    }

    [Fact]
    public void Default_Tables_LoadUsefulEntries()
    {
        Assert.InRange(LookalikeTables.Default.ConfusableCount, 100, 6_565);
        Assert.Equal("a", LookalikeTables.Default.Confusable(0x0430));
        Assert.Null(LookalikeTables.Default.Confusable('a'));
        Assert.True(LookalikeTables.Default.ExtraCount >= 150);
    }

    [Fact]
    public void Extra_EveryLatinSmallCapitalLetter_FoldsToItsLetter()
    {
        int[] smallCapitals =
        [
            0x1D00, 0x0299, 0x1D04, 0x1D05, 0x1D07, 0xA730, 0x0262, 0x029C, 0x026A, 0x1D0A, 0x1D0B, 0x029F, 0x1D0D,
            0x0274, 0x1D0F, 0x1D18, 0xA7AF, 0x0280, 0xA731, 0x1D1B, 0x1D1C, 0x1D20, 0x1D21, 0x028F, 0x1D22,
        ];
        var letters = string.Concat(smallCapitals.Select(c => LookalikeTables.Default.Extra(c)));
        Assert.Equal("abcdefghijklmnopqrstuvwyz", letters);
    }

    [Theory]
    [InlineData("0041 ; A")]
    [InlineData("0041 ; a\n0041 ; b")]
    [InlineData("0041..0050 ; x")]
    [InlineData("0041..0042 ; ab")]
    [InlineData("zz ; a")]
    [InlineData("0041")]
    public void ParseExtra_MalformedLine_Throws(string text) =>
        Assert.Throws<FormatException>(() => LookalikeTables.ParseExtra(text));

    [Fact]
    public void ParseExtra_Range_MapsConsecutiveLetters()
    {
        var map = LookalikeTables.ParseExtra("# comment\n\n249C..249E ; a  # three\n");
        Assert.Equal(["a", "b", "c"], new[] { 0x249C, 0x249D, 0x249E }.Select(c => map[c]));
    }

    [Fact]
    public void Normalize_EveryExtraEntry_GivesAsciiLetters()
    {
        var text = new StringBuilder();
        foreach (var codePoint in Enumerable.Range(0x200, 0x1FE00).Where(c => LookalikeTables.Default.Extra(c) is not null && c is < 0x1F1E6 or > 0x1F1FF))
        {
            text.Append(char.ConvertFromUtf32(codePoint)).Append(' ');
        }

        var normalized = TextNormalizer.Normalize(text.ToString()).Value;
        Assert.All(normalized, c => Assert.True(char.IsAsciiLetterLower(c) || c == ' ', $"U+{(int)c:X4}"));
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "SaySomething.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run the tests inside the repository.");
    }
}
