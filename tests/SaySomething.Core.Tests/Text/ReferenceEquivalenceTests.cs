using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text;

/// <summary>
/// The text layer gives exactly what the implementation before the speed-up gave (kept in <c>Reference/</c>): the
/// normalised text, its map and counts, the tokens (with and without skipped ranges) and the padding report, on
/// generated posts built from pieces that reach every rule and every normalisation step, and on arbitrary strings.
/// </summary>
public sealed class ReferenceEquivalenceTests
{
    private static readonly string[] Pieces =
    [
        " ", " ", " ", " ", "\n", "\r\n", "\r", ". ", "! ", "? ", "… ", ", ", "。", "！", "？", "।", "؟", "\u2029", "\u2028",
        "!!!!", "....", "?!?!?!?!?!?!", "---", "~~~~", "*****", "，，，，", "''", "'", "’", "ʼ", "-", "#", "@", "`x()`", "\t",
        "\u00A0", "\u202F", "\u3000", "\u0085", "\u000B", "\u001F",
        "the", "The", "good", "GOOD", "Good", "nice", "video", "this", "is", "great", "so", "sooooo", "Nooo", "yesss", "don't",
        "l'été", "it’s", "rock'n'roll", "o'", "'tis", "Schifffahrt", "aaab", "abbbc", "too", "Mississippi",
        "lorem", "ipsum", "dolor", "sit", "amet", "consectetur", "adipiscing", "elit", "sed", "do", "et", "in",
        "reprehenderit", "voluptatem", "Lorem", "LOREM", "reprehenderitx", "ipsumm",
        "asdfgh", "qwerty", "asdf", "lkjh", "poiuytr", "zxcvbnm", "sdfgh", "xcvbn", "bcdfghjk", "azerty", "qwertz", "wxcvbn",
        "qsdfghjklm", "yxcvbnm", "fdsa", "hjkl", "Szczecin", "Angstschweiß", "Herbststurm", "strč", "prst", "zmrzl", "crwth",
        "cwtch", "rhythm", "Borschtsch", "Strumpfschnalle", "tschtschtsch", "bcdfgbcdfg", "ŕĺľř", "dźdższ", "ǅ", "ŀ",
        "jjjjjjj", "hahaha", "asdasdasd", "lololo", "xoxoxo", "mmmm", "aaa", "ab", "abab", "ababab", "abcabcabc", "aaaa",
        "хххх", "哈哈哈哈", "ха-ха",
        "1", "42", "1,000.50", "12:30", "3.14", "99999999999", "1234567890", "１２３", "7", "0", "1.", "1..2", "٣٤٥",
        "😀", "😂", "👍🏽", "🔥", "❤️", "👨\u200D👩\u200D👧", "🇺🇦", "🇵🇱", "\U0001F1FC", "\U0001F1FC\U0001F1F4", "⚽", "©", "™", "🏳️‍🌈",
        "\u200B", "\u200D", "\uFEFF", "\u00AD", "\u202E", "\u2066", "\u200E", "\u061C", "\uFE0F", "\U000E0041", "\u3164",
        "\u2800", "\u034F", "\u180E",
        "p\u0430yp\u0430l", "g\u043E\u043Egle", "\u0441ool", "h\u03BFme", "f\u1D1Cck", "\u029C\u1D07\u029F\u029F\u1D0F",
        "\uFF57\uFF4F\uFF57", "\U0001D430\U0001D428", "\u24E6", "\u249C", "\U0001F170", "ß", "ﬁ", "\uFDFA", "\u2126", "K",
        "Привіт", "світ", "да", "Дуже", "цікаво", "СОР", "Ελληνικά", "ΑΒΓ", "日本語", "テキスト", "ー", "한국어", "مرحبا",
        "नमस्ते", "क्ष", "Tiếng", "Việt", "e\u0301", "\u0301", "w\u0334\u0335\u0336o", "n\u0489\u0489\u0489",
        "a\u200B\u0301\u0302\u0303", "İ", "ı", "ſ", "Ω", "É", "A", "Z", "—", "“", "”", "«", "»", "【", "】", "：", "\u3002",
        "https://x.com/a?b", "www.example.org", "http://", "wwww.", "hxxp", "mp3", "3rd", "a1b2", "1a", "'s", "@user",
        "\uD800", "\uDC00", "\uDBFF", "\uD83D", "\uDE00",
    ];

    private static readonly string[] Posts = MakePosts(6_000, seed: 20_261_126);

    [Fact]
    public void Normalize_GeneratedPosts_SameAsReference()
    {
        foreach (var post in Posts)
        {
            AssertSameNormalization(post);
        }
    }

    [Fact]
    public void ReadAndAnalyze_GeneratedPosts_SameAsReference()
    {
        var random = new Random(7);
        foreach (var post in Posts)
        {
            AssertSameTokensAndReport(post, []);
            AssertSameTokensAndReport(post, RandomRanges(random, post.Length));
        }
    }

    [Property(MaxTest = 2_000)]
    public Property AnyText_SameAsReference() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            text ??= "";
            if (text.Contains('\uFFFE', StringComparison.Ordinal))
            {
                return; // the reference throws on it (ICU refuses it)
            }

            AssertSameNormalization(text);
            AssertSameTokensAndReport(text, []);
        });

    [Fact]
    public void Normalize_EveryBmpCharacterInContext_SameAsReference()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (c == 0xFFFE)
            {
                continue; // the reference throws on it (ICU refuses it)
            }

            var character = ((char)c).ToString();
            foreach (var text in new[] { character, "a" + character + "b", "\u0430" + character + "a", character + "\u0301x", "A" + character + character })
            {
                var actual = TextNormalizer.Normalize(text);
                var expected = Reference.TextNormalizer.Normalize(text, out var map);
                Assert.Equal(expected.Value, actual.Value);
                Assert.Equal(expected.Counts, actual.Counts);
                for (var index = 0; index < expected.Length; index++)
                {
                    Assert.Equal(map[index], actual.SourceIndexOf(index));
                }
            }
        }
    }

    [Fact]
    public void LowerCasingASpan_EqualsLowerCasingEachCodePoint()
    {
        // The normaliser lower-cases whole runs at once; the reference did it one code point at a time.
        Span<char> source = stackalloc char[2];
        Span<char> lower = stackalloc char[2];
        Span<char> expected = stackalloc char[2];
        for (var value = 0; value <= 0x10FFFF; value++)
        {
            if (!Rune.IsValid(value))
            {
                continue;
            }

            var rune = new Rune(value);
            var length = rune.EncodeToUtf16(source);
            Assert.Equal(length, source[..length].ToLowerInvariant(lower));
            var expectedLength = Rune.ToLowerInvariant(rune).EncodeToUtf16(expected);
            Assert.True(lower[..length].SequenceEqual(expected[..expectedLength]), $"U+{value:X4}");
        }
    }

    [Fact]
    public void AnalyzeOverloads_GiveTheSameReport()
    {
        foreach (var post in Posts.Take(500))
        {
            var normalized = TextNormalizer.Normalize(post);
            var list = WordReader.Read(normalized);
            var fromList = PaddingDetector.Analyze(normalized, list);
            var fromArray = PaddingDetector.Analyze(normalized, (IReadOnlyList<Token>)list.ToArray());
            var fromSource = PaddingDetector.Analyze(post);
            Assert.Equal(fromList.Verdicts, fromArray.Verdicts);
            Assert.Equal(fromList.Verdicts, fromSource.Verdicts);
            Assert.Equal(fromList.OwnWordCount, fromSource.OwnWordCount);
            Assert.Equal(fromList.Techniques, fromSource.Techniques);

            var techniques = new PaddingTechnique[list.Count + 3];
            Array.Fill(techniques, PaddingTechnique.EmojiRun);
            var summary = PaddingDetector.Analyze(normalized, list.ToArray(), techniques);
            Assert.Equal(new PaddingSummary(fromList.OwnWordCount, fromList.Techniques), summary);
            Assert.Equal(fromList.Verdicts.Select(v => v.Technique), techniques.Take(list.Count));
            Assert.All(techniques.Skip(list.Count), t => Assert.Equal(PaddingTechnique.EmojiRun, t));
        }
    }

    [Fact]
    public void Analyze_IntoShortBuffer_Throws()
    {
        var normalized = TextNormalizer.Normalize("two words");
        var tokens = WordReader.Read(normalized).ToArray();
        Assert.Throws<ArgumentException>(() => PaddingDetector.Analyze(normalized, tokens, new PaddingTechnique[1]));
        Assert.Throws<ArgumentException>(() => PaddingDetector.Analyze(normalized, tokens, new PaddingTechnique[2], new long[1]));
    }

    [Fact]
    public void Analyze_WithWordKeys_GivesEachWordsCollapsedKeyAndTheSameSummary()
    {
        // Short words with a run ("zzz", "ooo"), runs in long words, a word past the 128-character key buffer.
        string[] extra = ["zzz ooo aaa I", "sooooo goooood", "x " + new string('a', 130) + " y", "Noooo!!! 👀👀👀 2024 12345678"];
        Span<char> buffer = stackalloc char[256];
        foreach (var post in Posts.Take(500).Concat(extra))
        {
            var normalized = TextNormalizer.Normalize(post);
            var tokens = WordReader.Read(normalized).ToArray();
            var plain = PaddingDetector.Analyze(normalized, tokens, new PaddingTechnique[tokens.Length]);
            var techniques = new PaddingTechnique[tokens.Length];
            var keys = new long[tokens.Length];
            Array.Fill(keys, -1);
            var summary = PaddingDetector.Analyze(normalized, tokens, techniques, keys);
            Assert.Equal(plain, summary);
            for (int i = 0; i < tokens.Length; i++)
            {
                var word = normalized.Value.AsSpan(tokens[i].Start, tokens[i].Length);
                long expected = tokens[i].Kind == TokenKind.Word && word.Length <= 128 ? WordKey.Hash(buffer[..WordKey.Collapse(word, buffer)]) : 0;
                Assert.Equal(expected, keys[i]);
            }
        }
    }

    private static void AssertSameNormalization(string text)
    {
        var actual = TextNormalizer.Normalize(text);
        var expected = Reference.TextNormalizer.Normalize(text, out var map);
        Assert.Equal(expected.Value, actual.Value);
        Assert.Equal(expected.IsIdentityMap, actual.IsIdentityMap);
        Assert.Equal(expected.SourceLength, actual.SourceLength);
        Assert.Equal(expected.Counts, actual.Counts);
        for (var index = 0; index < expected.Length; index++)
        {
            // The reference's map as it built it, one source index per character (the text stores it compactly).
            Assert.Equal(map[index], actual.SourceIndexOf(index));
            Assert.Equal(expected.FollowsRemovedJoiner(index), actual.FollowsRemovedJoiner(index));
        }
    }

    private static void AssertSameTokensAndReport(string text, Range[] skip)
    {
        var normalized = TextNormalizer.Normalize(text);
        var tokens = WordReader.Read(normalized, skip);
        Assert.Equal(Reference.WordReader.Read(normalized, skip), tokens);

        var expected = Reference.PaddingDetector.Analyze(normalized, tokens);
        var actual = PaddingDetector.Analyze(normalized, tokens);
        Assert.Equal(expected.Verdicts, actual.Verdicts);
        Assert.Equal(expected.OwnWordCount, actual.OwnWordCount);
        Assert.Equal(expected.Techniques, actual.Techniques);
    }

    private static Range[] RandomRanges(Random random, int length)
    {
        if (length < 2)
        {
            return [];
        }

        var start = random.Next(length);
        var end = random.Next(start, length + 1);
        return random.Next(3) == 0
            ? [new Range(start, end), new Range(Index.FromEnd(random.Next(length / 2 + 1)), Index.End)]
            : [new Range(start, end)];
    }

    private static string[] MakePosts(int count, int seed)
    {
        var random = new Random(seed);
        var posts = new string[count];
        var builder = new StringBuilder();
        for (var post = 0; post < count; post++)
        {
            builder.Clear();
            string? last = null;
            var pieces = random.Next(0, 40);
            for (var piece = 0; piece < pieces; piece++)
            {
                // Repeat the last piece now and then, so that word runs and repeated characters come up.
                var next = last is not null && random.Next(4) == 0 ? last : Pieces[random.Next(Pieces.Length)];
                builder.Append(next);
                if (random.Next(3) > 0)
                {
                    builder.Append(' ');
                }

                last = next;
            }

            if (random.Next(5) == 0)
            {
                var once = builder.ToString();
                builder.Append(once); // repeated sentences
            }

            posts[post] = builder.ToString();
        }

        return posts;
    }
}
