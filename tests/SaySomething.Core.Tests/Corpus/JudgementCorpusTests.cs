using System.Text.Json;
using System.Text.RegularExpressions;
using SaySomething.Core.Documents;
using SaySomething.Core.Parsing;

namespace SaySomething.Core.Tests.Corpus;

/// <summary>
/// Checks the labelled judgement corpus in <c>tests/corpus/*.jsonl</c> (see <c>tests/corpus/README.md</c>): every line
/// is a valid, consistently labelled post, the corpus meets its coverage minimums, and every post reads without
/// falling back to plain text.
/// </summary>
public sealed class JudgementCorpusTests
{
    private static readonly string[] Verdicts = ["commented", "drive_by", "not_applicable", "needs_review"];
    private static readonly string[] Reasons = ["no_text", "filler_only", "title_only", "copied", "description_only", "quote_only"];
    private static readonly string[] Formats = ["bbcode", "markdown", "html", "plain"];
    private static readonly string[] EuropeanLanguages = ["en", "uk", "ru", "de", "fr", "es", "nl", "pl"];

    private static readonly string[] RequiredTechniques =
    [
        "zero_width", "whitespace_padding", "punctuation_padding", "emoji_padding", "number_padding", "repetition",
        "homoglyphs", "small_caps", "math_alphanumeric", "fullwidth", "hidden_text", "lorem_ipsum", "keyboard_mash",
        "title_copy_edited", "lost_first_letter", "bidi_override", "zalgo", "spoiler", "code_block", "url_as_text",
    ];

    private static readonly Regex Markup = new(@"<[^<>]*>|\[/?[A-Za-z*][^\[\]]*\]|https?://\S+", RegexOptions.None, TimeSpan.FromSeconds(2));

    private static readonly Lazy<IReadOnlyList<CorpusLine>> s_lines = new(LoadLines);

    private static IReadOnlyList<CorpusLine> Lines => s_lines.Value;

    private static IEnumerable<CorpusPost> Posts => Lines.Where(l => l.Post is not null).Select(l => l.Post!);

    [Fact]
    public void Load_CorpusFolder_HasJsonLinesFiles()
    {
        Assert.NotEmpty(Directory.EnumerateFiles(CorpusDirectory(), "*.jsonl"));
        Assert.True(File.Exists(Path.Combine(CorpusDirectory(), "README.md")), "tests/corpus/README.md is missing.");
    }

    [Fact]
    public void Load_EveryLine_ParsesAsPost()
    {
        var failures = Lines.Where(l => l.Error is not null).Select(l => $"{l.Where}: {l.Error}").ToList();
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Ids_AcrossFiles_AreUnique()
    {
        var duplicates = Lines.Where(l => l.Post is not null)
            .GroupBy(l => l.Post!.Id, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(l => l.Where))}")
            .ToList();
        Assert.True(duplicates.Count == 0, string.Join('\n', duplicates));
    }

    [Fact]
    public void Fields_EveryPost_AreValidAndConsistent()
    {
        var failures = new List<string>();
        foreach (var line in Lines.Where(l => l.Post is not null))
        {
            var p = line.Post!;
            void Fail(string why) => failures.Add($"{line.Where} ({p.Id}): {why}");

            if (!Verdicts.Contains(p.Verdict)) Fail($"verdict '{p.Verdict}' is not one of {string.Join('|', Verdicts)}");
            if (!Formats.Contains(p.Format)) Fail($"format '{p.Format}' is not one of {string.Join('|', Formats)}");
            if (p.Verdict == "drive_by" && !Reasons.Contains(p.Reason)) Fail($"drive_by needs a reason, got '{p.Reason}'");
            if (p.Verdict != "drive_by" && p.Reason is not null) Fail("reason must be null unless the verdict is drive_by");
            if (p.Verdict == "drive_by" && p.OwnWords.Length != 0) Fail("a drive_by post has no own words");
            if (p.Verdict == "commented" && p.OwnWords.Trim().Length == 0) Fail("a commented post must mark its own words");
            if (string.IsNullOrWhiteSpace(p.Text)) Fail("text is empty");
            if (string.IsNullOrWhiteSpace(p.Language)) Fail("language is empty");
            if (string.IsNullOrWhiteSpace(p.Rationale)) Fail("rationale is empty");
            if (p.Technique is { Length: 0 }) Fail("technique is an empty string; use null");
            if (p.Reason == "title_only" && string.IsNullOrWhiteSpace(p.ContextTitle)) Fail("title_only needs context.title");
            if (p.Reason == "description_only" && string.IsNullOrWhiteSpace(p.ContextDescription) && string.IsNullOrWhiteSpace(p.ContextTitle))
            {
                Fail("description_only needs context.description (or at least context.title)");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void OwnWords_WhenPresent_EveryWordOccursInText()
    {
        var failures = new List<string>();
        foreach (var p in Posts.Where(p => p.OwnWords.Length != 0))
        {
            var missing = Words(p.OwnWords).Where(w => !p.Text.Contains(w, StringComparison.Ordinal)).ToList();
            if (missing.Count != 0)
            {
                failures.Add($"{p.Id}: own_words not in text: {string.Join(' ', missing)}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Read_EveryPost_ReadsWithoutFallback()
    {
        var failures = new List<string>();
        foreach (var p in Posts)
        {
            var format = p.Format switch
            {
                "bbcode" => MarkupFormat.BbCode,
                "markdown" => MarkupFormat.Markdown,
                "html" => MarkupFormat.Html,
                _ => MarkupFormat.Plain,
            };
            var document = PostReader.Default.Read(p.Text, format);
            if (document.Outcome != ReadOutcome.Read)
            {
                failures.Add($"{p.Id}: {document.Outcome}: {document.Note}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    [Fact]
    public void Coverage_VerdictsAndReasons_MeetMinimums()
    {
        var posts = Posts.ToList();
        Assert.True(posts.Count >= 500, $"{posts.Count} posts; at least 500 wanted");
        foreach (var reason in Reasons)
        {
            var n = posts.Count(p => p.Reason == reason);
            Assert.True(n >= 40, $"{n} posts with reason {reason}; at least 40 wanted");
        }

        var commented = posts.Count(p => p.Verdict == "commented");
        Assert.True(commented >= 150, $"{commented} commented posts; at least 150 wanted");
        var notApplicable = posts.Count(p => p.Verdict == "not_applicable");
        Assert.True(notApplicable >= 60, $"{notApplicable} not_applicable posts; at least 60 wanted");
        var review = posts.Count(p => p.Verdict == "needs_review");
        Assert.True(review * 100 < posts.Count * 3, $"{review} needs_review posts; keep them under 3 % of {posts.Count}");
    }

    [Fact]
    public void Coverage_Formats_MeetMinimums()
    {
        var posts = Posts.ToList();
        foreach (var format in Formats)
        {
            var n = posts.Count(p => p.Format == format);
            var minimum = format == "html" ? 40 : 60;
            Assert.True(n >= minimum, $"{n} posts in {format}; at least {minimum} wanted");
        }

        Assert.Contains(posts, p => p.Format == "html" && p.Text.Contains("bbCodeBlock--quote", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Format == "html" && p.Text.Contains("data-media-site-id", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Format == "html" && p.Text.Contains("bbCodeBlock--unfurl", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Format == "html" && p.Text.Contains("aside class=\"onebox", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Format == "bbcode" && p.Text.Contains("[MEDIA=youtube]", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Format == "bbcode" && p.Text.Contains("[URL unfurl=\"true\"]", StringComparison.Ordinal));
        Assert.Contains(posts, p => p.Format == "markdown" && p.Text.Contains("[quote=\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Coverage_Languages_MeetMinimums()
    {
        var posts = Posts.ToList();
        foreach (var language in EuropeanLanguages)
        {
            var n = posts.Count(p => p.Language == language);
            Assert.True(n >= 10, $"{n} posts in {language}; at least 10 wanted");
        }

        var ja = posts.Count(p => p.Language == "ja");
        var zh = posts.Count(p => p.Language == "zh");
        Assert.True(Math.Max(ja, zh) >= 10, $"{ja} posts in ja and {zh} in zh; at least 10 in one of them wanted");
    }

    [Fact]
    public void Coverage_EvasionTechniques_EachHasFivePosts()
    {
        var counts = Posts.Where(p => p.Technique is not null)
            .GroupBy(p => p.Technique!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var failures = RequiredTechniques.Where(t => counts.GetValueOrDefault(t) < 5)
            .Select(t => $"{t}: {counts.GetValueOrDefault(t)} posts")
            .Concat(counts.Where(kv => kv.Value < 5 && !RequiredTechniques.Contains(kv.Key)).Select(kv => $"{kv.Key}: {kv.Value} posts"))
            .ToList();
        Assert.True(failures.Count == 0, "techniques with fewer than 5 posts:\n" + string.Join('\n', failures));
    }

    [Fact]
    public void Coverage_ShortGenuineComments_AtLeastForty()
    {
        var n = Posts.Count(p => p.Verdict == "commented" && Words(p.OwnWords).Length <= 8);
        Assert.True(n >= 40, $"{n} commented posts with at most 8 own words; at least 40 wanted");
    }

    [Fact]
    public void Coverage_LongPastedNonComments_AtLeastThirty()
    {
        var n = Posts.Count(p => p.Verdict == "drive_by" && p.Reason is "copied" or "description_only" && VisibleWordCount(p.Text) >= 80);
        Assert.True(n >= 30, $"{n} pasted articles or captions of 80+ words; at least 30 wanted");
    }

    [Fact]
    public void Coverage_QuoteReplies_MeetMinimums()
    {
        var posts = Posts.ToList();
        var withReply = posts.Count(p => p.Verdict == "commented" && HasQuote(p.Text));
        Assert.True(withReply >= 30, $"{withReply} quotes followed by a real reply; at least 30 wanted");
        var withoutReply = posts.Count(p => p.Reason == "quote_only" && HasQuote(p.Text));
        Assert.True(withoutReply >= 20, $"{withoutReply} quotes followed by only a link or filler; at least 20 wanted");
    }

    private static bool HasQuote(string text) =>
        text.Contains("[quote", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<blockquote", StringComparison.Ordinal)
        || text.Contains("Click to expand...", StringComparison.Ordinal)
        || text.Split('\n').Any(l => l.StartsWith('>'));

    private static string[] Words(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static int VisibleWordCount(string text) =>
        Words(Markup.Replace(text, " ")).Count(w => w.Any(char.IsLetterOrDigit));

    private static string CorpusDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SaySomething.sln")))
            {
                return Path.Combine(dir.FullName, "tests", "corpus");
            }
        }

        throw new InvalidOperationException("SaySomething.sln not found above " + AppContext.BaseDirectory);
    }

    private static List<CorpusLine> LoadLines()
    {
        var lines = new List<CorpusLine>();
        foreach (var file in Directory.EnumerateFiles(CorpusDirectory(), "*.jsonl").Order(StringComparer.Ordinal))
        {
            var number = 0;
            foreach (var raw in File.ReadLines(file))
            {
                number++;
                var where = $"{Path.GetFileName(file)}:{number}";
                if (raw.Length == 0)
                {
                    lines.Add(new CorpusLine(where, null, "empty line"));
                    continue;
                }

                try
                {
                    using var json = JsonDocument.Parse(raw);
                    lines.Add(new CorpusLine(where, CorpusPost.From(json.RootElement), null));
                }
                catch (Exception e) when (e is JsonException or InvalidDataException)
                {
                    lines.Add(new CorpusLine(where, null, e.Message));
                }
            }
        }

        return lines;
    }

    private sealed record CorpusLine(string Where, CorpusPost? Post, string? Error);

    private sealed record CorpusPost(
        string Id,
        string Format,
        string Text,
        string Verdict,
        string? Reason,
        string Language,
        string? Technique,
        string OwnWords,
        string? ContextTitle,
        string? ContextDescription,
        string Rationale)
    {
        public static CorpusPost From(JsonElement e)
        {
            if (e.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException("a line must be a JSON object");
            }

            string? context = null, description = null;
            if (e.TryGetProperty("context", out var c))
            {
                if (c.ValueKind != JsonValueKind.Object)
                {
                    throw new InvalidDataException("context must be an object");
                }

                context = Optional(c, "title");
                description = Optional(c, "description");
                _ = Optional(c, "thread_title");
            }

            return new CorpusPost(
                Required(e, "id"),
                Required(e, "format"),
                Required(e, "text"),
                Required(e, "verdict"),
                Nullable(e, "reason"),
                Required(e, "language"),
                Nullable(e, "technique"),
                Required(e, "own_words"),
                context,
                description,
                Required(e, "rationale"));
        }

        private static string Required(JsonElement e, string name) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
                ? v.GetString()!
                : throw new InvalidDataException($"'{name}' must be a string");

        private static string? Nullable(JsonElement e, string name)
        {
            if (!e.TryGetProperty(name, out var v))
            {
                throw new InvalidDataException($"'{name}' is missing (use null)");
            }

            return v.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => v.GetString(),
                _ => throw new InvalidDataException($"'{name}' must be a string or null"),
            };
        }

        private static string? Optional(JsonElement e, string name) =>
            !e.TryGetProperty(name, out var v) ? null
            : v.ValueKind == JsonValueKind.String ? v.GetString()
            : throw new InvalidDataException($"context.{name} must be a string");
    }
}
