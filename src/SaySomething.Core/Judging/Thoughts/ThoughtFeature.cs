namespace SaySomething.Core.Judging.Thoughts;

/// <summary>
/// The explainable features of a sentence that say whether it is the poster's own thought (positive weights) or text
/// in a source's voice (negative weights). Weights live in <c>Data/thought-weights.json</c>; the names there are
/// the snake_case names of these members.
/// </summary>
internal enum ThoughtFeature
{
    /// <summary>I, me, my, we, imo.</summary>
    FirstPerson,

    /// <summary>You, your: the poster addressing readers.</summary>
    SecondPerson,

    /// <summary>Judgement words: stupid, brilliant, propaganda, finally.</summary>
    Evaluative,

    /// <summary>Opinion verbs and phrases: think, doubt, hope, called it.</summary>
    Stance,

    /// <summary>Modality and hedges: maybe, probably, should, clearly.</summary>
    Hedge,

    /// <summary>Sarcasm markers: what a surprise, yeah right, /s.</summary>
    Sarcasm,

    /// <summary>The sentence is a question.</summary>
    Question,

    /// <summary>The sentence opens like a question ("Is there ...", "Why would ..."), whatever mark ends it.</summary>
    QuestionForm,

    /// <summary>The sentence ends with an exclamation mark.</summary>
    Exclamation,

    /// <summary>A word written in mocking mixed case (<c>ruSSia</c>).</summary>
    MockingCase,

    /// <summary>Internet register opening or closing a remark of up to 15 words (<c>lol</c>, <c>wtf</c> with other words).</summary>
    Informal,

    /// <summary>The sentence comes after a quote of another member: a reply is part of the discussion.</summary>
    ReplyToQuote,

    /// <summary>A short remark (≤ 10 words) with no sign of a source's voice.</summary>
    ShortRemark,

    /// <summary>The sentence opens like a caption: "Footage of", "Video shows", "In a new episode".</summary>
    CaptionOpener,

    /// <summary>The sentence continues a paragraph that opened like a caption.</summary>
    CaptionContinuation,

    /// <summary>Reporting voice: two or more of reported, according to, said, officials in a sentence of 8+ words.</summary>
    Reporting,

    /// <summary>A passive construction in a sentence of 10+ words: "was filmed", "were destroyed".</summary>
    Passive,

    /// <summary>A year, a month or weekday with a number, or a month or weekday in a sentence of 8+ words.</summary>
    Date,

    /// <summary>Figures and units: 30mm, 26 of 31.</summary>
    Figures,

    /// <summary>Three or more capitalised names inside the sentence.</summary>
    ProperNouns,

    /// <summary>A sentence of 22 words or more.</summary>
    LongSentence,

    /// <summary>A line shaped like a headline (title case or capitals, no final full stop) or a byline (two to four capitalised words).</summary>
    TitleShape,

    /// <summary>The text starts mid-word, as a copy that lost its first letter does ("n a new episode").</summary>
    TruncatedStart,

    /// <summary>Any paragraph of a post copied from a web page (page furniture around it), or a long one (40+ words) under a link card.</summary>
    ArticleParagraph,

    /// <summary>Part of a run of sentences none of which speaks as a person (see <c>SentenceJudge.MarkReportRuns</c>).</summary>
    NeutralParagraph,
}
