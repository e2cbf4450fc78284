namespace SaySomething.Core.Judging.Lexicons;

/// <summary>
/// The word lists of a <see cref="LanguageLexicon"/>; each is a section <c>[name]</c> of a data file
/// (<c>Data/README.md</c> says what belongs where).
/// </summary>
public enum LexiconCategory
{
    /// <summary><c>[filler]</c>: words and phrases that say nothing of the poster's own when they are all a post says ("lol", "check this out").</summary>
    Filler,

    /// <summary><c>[first_person]</c>: the poster speaking of themselves ("I", "my", "imo", "personally").</summary>
    FirstPerson,

    /// <summary><c>[second_person]</c>: addressing the reader ("you", "y'all").</summary>
    SecondPerson,

    /// <summary><c>[evaluative]</c>: judgement and stance adjectives, adverbs and nouns ("stupid", "brilliant", "propaganda").</summary>
    Evaluative,

    /// <summary><c>[stance]</c>: verbs and phrases of opinion ("think", "doubt", "called it").</summary>
    Stance,

    /// <summary><c>[hedge]</c>: modality ("maybe", "probably", "obviously").</summary>
    Hedge,

    /// <summary><c>[sarcasm]</c>: markers of irony ("yeah right", "what a surprise", "so-called").</summary>
    Sarcasm,

    /// <summary><c>[caption_opener]</c>: phrases that open a neutral caption in the source's voice ("footage shows"), meant for a sentence start.</summary>
    CaptionOpener,

    /// <summary><c>[reporting]</c>: news and report voice ("according to", "officials", "allegedly").</summary>
    Reporting,

    /// <summary><c>[passive_auxiliary]</c>: auxiliaries of the passive voice ("was", "wurde", "был").</summary>
    PassiveAuxiliary,

    /// <summary><c>[question_word]</c>: interrogatives and question openers ("why", "does anyone").</summary>
    QuestionWord,

    /// <summary><c>[function_word]</c>: the most frequent function words, used by language detection.</summary>
    FunctionWord,
}
