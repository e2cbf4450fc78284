using System.Text;
using SaySomething.Core.Judging.Lexicons;
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Judging;

public class LexiconTests
{
    public static TheoryData<string> Codes => [.. Lexicons.Codes];

    /// <summary>Hashes the words of <paramref name="text"/> the way a judge does: normalise, read, keep words, collapse, hash.</summary>
    private static long[] WordHashes(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        return [.. WordReader.Read(normalized)
            .Where(token => token.Kind == TokenKind.Word)
            .Select(token =>
            {
                var word = token.TextIn(normalized);
                var key = new char[word.Length];
                return WordKey.Hash(key.AsSpan(0, WordKey.Collapse(word, key)));
            })];
    }

    private static long Hash(string word) => Assert.Single(WordHashes(word));

    [Theory]
    [MemberData(nameof(Codes))]
    public void For_EveryLanguage_LoadsWithEveryCategoryFilled(string code)
    {
        var lexicon = Lexicons.For(code);
        Assert.Equal(code, lexicon.Code);
        foreach (var category in Enum.GetValues<LexiconCategory>())
        {
            Assert.True(lexicon.Entries(category).Count > 0, $"{code}: [{category}] is empty");
        }
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void For_EveryLanguage_HasTheAgreedListSizes(string code)
    {
        var lexicon = Lexicons.For(code);
        Assert.InRange(lexicon.Entries(LexiconCategory.Filler).Count, 60, 200);
        Assert.InRange(lexicon.Entries(LexiconCategory.Evaluative).Count, 100, 300);
        Assert.InRange(lexicon.Entries(LexiconCategory.FunctionWord).Count, 35, 90);
    }

    [Theory]
    [MemberData(nameof(Codes))]
    public void DataFile_EveryEntryHasAWordAfterNormalisation(string code)
    {
        var text = ReadResource(code);
        var section = "";
        foreach (var line in text.Split('\n').Select(line => line.Trim()))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line;
                continue;
            }

            Assert.True(WordHashes(line).Length > 0, $"{code} {section}: '{line}' has no word");
            Assert.Equal(line, line.ToLowerInvariant());
        }
    }

    [Fact]
    public void For_UnknownCode_IsEmpty()
    {
        var lexicon = Lexicons.For("it");
        Assert.Same(LanguageLexicon.Empty, lexicon);
        Assert.Equal("und", lexicon.Code);
        Assert.False(lexicon.Contains(LexiconCategory.Filler, Hash("lol")));
        Assert.Equal(0, lexicon.MatchPhrase(LexiconCategory.Filler, WordHashes("check this out"), 0));
        Assert.Empty(lexicon.Entries(LexiconCategory.Evaluative));
    }

    [Fact]
    public void For_SameCode_ReturnsTheSameInstanceFromAnyThread()
    {
        var lexicons = new LanguageLexicon[16];
        Parallel.For(0, lexicons.Length, i => lexicons[i] = Lexicons.For("de"));
        Assert.All(lexicons, lexicon => Assert.Same(Lexicons.For("de"), lexicon));
    }

    [Theory]
    [InlineData("en", LexiconCategory.Filler, "lol")]
    [InlineData("en", LexiconCategory.Filler, "bump")]
    [InlineData("en", LexiconCategory.Filler, "thoughts")]
    [InlineData("en", LexiconCategory.FirstPerson, "imo")]
    [InlineData("en", LexiconCategory.FirstPerson, "I'm")]
    [InlineData("en", LexiconCategory.SecondPerson, "y'all")]
    [InlineData("en", LexiconCategory.Evaluative, "propaganda")]
    [InlineData("en", LexiconCategory.Evaluative, "overrated")]
    [InlineData("en", LexiconCategory.Stance, "reckon")]
    [InlineData("en", LexiconCategory.Hedge, "probably")]
    [InlineData("en", LexiconCategory.Sarcasm, "totally")]
    [InlineData("en", LexiconCategory.Reporting, "allegedly")]
    [InlineData("en", LexiconCategory.PassiveAuxiliary, "were")]
    [InlineData("en", LexiconCategory.QuestionWord, "why")]
    [InlineData("en", LexiconCategory.FunctionWord, "the")]
    [InlineData("de", LexiconCategory.Filler, "krass")]
    [InlineData("de", LexiconCategory.Evaluative, "lächerlich")]
    [InlineData("de", LexiconCategory.PassiveAuxiliary, "wurde")]
    [InlineData("fr", LexiconCategory.FirstPerson, "j'ai")]
    [InlineData("fr", LexiconCategory.Filler, "mdr")]
    [InlineData("fr", LexiconCategory.Evaluative, "nul")]
    [InlineData("es", LexiconCategory.Evaluative, "vergüenza")]
    [InlineData("es", LexiconCategory.PassiveAuxiliary, "fueron")]
    [InlineData("nl", LexiconCategory.Evaluative, "belachelijk")]
    [InlineData("nl", LexiconCategory.PassiveAuxiliary, "werd")]
    [InlineData("pl", LexiconCategory.Evaluative, "żenada")]
    [InlineData("pl", LexiconCategory.PassiveAuxiliary, "zostały")]
    [InlineData("pl", LexiconCategory.QuestionWord, "czy")]
    [InlineData("uk", LexiconCategory.Evaluative, "ганьба")]
    [InlineData("uk", LexiconCategory.PassiveAuxiliary, "була")]
    [InlineData("uk", LexiconCategory.Filler, "дивіться")]
    [InlineData("ru", LexiconCategory.Filler, "жесть")]
    [InlineData("ru", LexiconCategory.Filler, "видео")]
    [InlineData("ru", LexiconCategory.Evaluative, "позор")]
    [InlineData("ru", LexiconCategory.PassiveAuxiliary, "были")]
    [InlineData("ja", LexiconCategory.Filler, "草")]
    [InlineData("ja", LexiconCategory.FirstPerson, "俺")]
    [InlineData("zh", LexiconCategory.Filler, "转")]
    [InlineData("zh", LexiconCategory.PassiveAuxiliary, "被")]
    public void Contains_SingleWordEntry_IsInItsCategory(string code, LexiconCategory category, string word) =>
        Assert.True(Lexicons.For(code).Contains(category, Hash(word)), $"{code} [{category}] lacks {word}");

    [Theory]
    [InlineData("en", LexiconCategory.FunctionWord, "lol")]
    [InlineData("en", LexiconCategory.Filler, "propaganda")]
    [InlineData("en", LexiconCategory.Evaluative, "the")]
    [InlineData("de", LexiconCategory.Filler, "propaganda")]
    [InlineData("ru", LexiconCategory.Filler, "пропаганда")]
    public void Contains_WordOfAnotherCategory_IsFalse(string code, LexiconCategory category, string word) =>
        Assert.False(Lexicons.For(code).Contains(category, WordHashes(word)[0]));

    [Fact]
    public void Contains_MultiWordEntry_IsNotASingleWord()
    {
        var en = Lexicons.For("en");
        Assert.False(en.Contains(LexiconCategory.CaptionOpener, Hash("footage")));
        Assert.Equal(2, en.MatchPhrase(LexiconCategory.CaptionOpener, WordHashes("footage shows"), 0));
    }

    [Theory]
    [InlineData("Check THIS out!!", LexiconCategory.Filler, 0, 3)]
    [InlineData("ok check this out guys", LexiconCategory.Filler, 1, 3)]
    [InlineData("check this", LexiconCategory.Filler, 0, 2)]
    [InlineData("check", LexiconCategory.Filler, 0, 0)]
    [InlineData("Thoughts?", LexiconCategory.Filler, 0, 1)]
    [InlineData("any thoughts?", LexiconCategory.Filler, 0, 2)]
    [InlineData("WATCH: the moment the bridge fell", LexiconCategory.CaptionOpener, 0, 3)]
    [InlineData("Footage of the bridge falling", LexiconCategory.CaptionOpener, 0, 2)]
    [InlineData("WATCH: the moment the bridge fell", LexiconCategory.CaptionOpener, 1, 2)]
    [InlineData("The video shows the moment", LexiconCategory.CaptionOpener, 0, 3)]
    [InlineData("the so-called experts", LexiconCategory.Sarcasm, 1, 2)]
    [InlineData("Who could have guessed", LexiconCategory.Sarcasm, 0, 4)]
    [InlineData("sooooo stupid", LexiconCategory.Evaluative, 1, 1)]
    [InlineData("loooool", LexiconCategory.Filler, 0, 1)]
    [InlineData("I don’t get it", LexiconCategory.Stance, 0, 4)]
    [InlineData("I don't get it", LexiconCategory.Stance, 0, 4)]
    public void MatchPhrase_English_FindsTheLongestEntry(string text, LexiconCategory category, int at, int expected) =>
        Assert.Equal(expected, Lexicons.For("en").MatchPhrase(category, WordHashes(text), at));

    [Theory]
    [InlineData("de", "Guckt euch das an!", LexiconCategory.Filler, 0, 4)]
    [InlineData("de", "Das Video zeigt, wie", LexiconCategory.CaptionOpener, 0, 3)]
    [InlineData("fr", "C'est n'importe quoi", LexiconCategory.Evaluative, 1, 2)]
    [InlineData("fr", "La vidéo montre", LexiconCategory.CaptionOpener, 0, 3)]
    [InlineData("es", "El vídeo muestra", LexiconCategory.CaptionOpener, 0, 3)]
    [InlineData("nl", "Beelden van de ramp", LexiconCategory.CaptionOpener, 0, 2)]
    [InlineData("pl", "Na nagraniu widać", LexiconCategory.CaptionOpener, 0, 3)]
    [InlineData("ru", "Ничего себе!", LexiconCategory.Filler, 0, 2)]
    [InlineData("ru", "На видео видно, как", LexiconCategory.CaptionOpener, 0, 3)]
    [InlineData("uk", "На відео видно", LexiconCategory.CaptionOpener, 0, 3)]
    [InlineData("uk", "Збіг? Не думаю", LexiconCategory.Sarcasm, 0, 3)]
    [InlineData("ja", "これ見て！", LexiconCategory.Filler, 0, 4)]
    [InlineData("ja", "ほらこれ見て", LexiconCategory.Filler, 2, 4)]
    [InlineData("ja", "この動画は", LexiconCategory.CaptionOpener, 0, 4)]
    [InlineData("ja", "この動画では", LexiconCategory.CaptionOpener, 0, 6)]
    [InlineData("ja", "この動画は", LexiconCategory.CaptionOpener, 2, 3)]
    [InlineData("ja", "この動画が", LexiconCategory.CaptionOpener, 2, 2)]
    [InlineData("ja", "その動画が", LexiconCategory.CaptionOpener, 1, 3)]
    [InlineData("zh", "视频显示，", LexiconCategory.CaptionOpener, 0, 4)]
    [InlineData("zh", "哈哈哈哈哈", LexiconCategory.Filler, 0, 4)]
    [InlineData("zh", "大家看看", LexiconCategory.Filler, 0, 4)]
    public void MatchPhrase_OtherLanguages_FindsTheLongestEntry(string code, string text, LexiconCategory category, int at, int expected) =>
        Assert.Equal(expected, Lexicons.For(code).MatchPhrase(category, WordHashes(text), at));

    [Fact]
    public void MatchPhrase_AtTheEndOrOutside_IsZeroOrThrows()
    {
        var en = Lexicons.For("en");
        var words = WordHashes("check this out");
        Assert.Equal(0, en.MatchPhrase(LexiconCategory.Filler, words, words.Length));
        Assert.Equal(0, en.MatchPhrase(LexiconCategory.Filler, [], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => en.MatchPhrase(LexiconCategory.Filler, words, words.Length + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => en.MatchPhrase(LexiconCategory.Filler, words, -1));
    }

    [Fact]
    public void MatchPhrase_DoesNotAllocate()
    {
        var en = Lexicons.For("en");
        var words = WordHashes("honestly you should check this out, who could have guessed");
        en.MatchPhrase(LexiconCategory.Filler, words, 0);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var total = 0;
        for (var i = 0; i < 100; i++)
        {
            for (var at = 0; at < words.Length; at++)
            {
                total += en.MatchPhrase(LexiconCategory.Filler, words, at) + en.MatchPhrase(LexiconCategory.Sarcasm, words, at);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(total > 0);
    }

    [Fact]
    public void Parse_RealSentence_HashesAgreeWithTheTokenizer()
    {
        // A look-alike (Cyrillic о in "thоughts") and upper case are normalised the same in entries and in posts.
        var post = WordHashes("Any THОUGHTS on this?? Personally I think it's fake");
        var en = Lexicons.For("en");
        Assert.Equal(2, en.MatchPhrase(LexiconCategory.Filler, post, 0));
        Assert.True(en.Contains(LexiconCategory.FirstPerson, post[4]));
        Assert.Equal(2, en.MatchPhrase(LexiconCategory.Stance, post, 5));
        Assert.True(en.Contains(LexiconCategory.Evaluative, post[^1]));
    }

    [Fact]
    public void Parse_UnknownSectionOrEntryWithoutWord_IsRefused()
    {
        Assert.Throws<InvalidDataException>(() => LexiconParser.Parse("xx", "[nonsense]\nword\n"));
        Assert.Throws<InvalidDataException>(() => LexiconParser.Parse("xx", "word\n"));
        Assert.Throws<InvalidDataException>(() => LexiconParser.Parse("xx", "[sarcasm]\n/s\n"));
        Assert.Throws<InvalidDataException>(() => LexiconParser.Parse("xx", "[filler]\n+1\n"));
        Assert.Throws<InvalidDataException>(() => LexiconParser.Parse("xx", "[filler]\n@name\n"));
        Assert.Throws<InvalidDataException>(() => LexiconParser.Parse("xx", "[filler]\n😂\n"));
    }

    [Fact]
    public void Parse_ApostropheEntry_MatchesEveryApostrophe()
    {
        var lexicon = LexiconParser.Parse("xx", "# test\n[first_person]\ni'm\n");
        Assert.True(lexicon.Contains(LexiconCategory.FirstPerson, Hash("I'm")));
        Assert.True(lexicon.Contains(LexiconCategory.FirstPerson, Hash("I’m")));
        Assert.True(lexicon.Contains(LexiconCategory.FirstPerson, Hash("Iʼm")));
        Assert.Equal(["i'm"], lexicon.Entries(LexiconCategory.FirstPerson));
    }

    private static string ReadResource(string code)
    {
        using var stream = typeof(Lexicons).Assembly.GetManifestResourceStream(Lexicons.ResourceName(code));
        Assert.NotNull(stream);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
