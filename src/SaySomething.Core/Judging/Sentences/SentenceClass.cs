namespace SaySomething.Core.Judging.Sentences;

/// <summary>What a sentence of candidate text turned out to be.</summary>
internal enum SentenceClass : byte
{
    /// <summary>No word that counts: punctuation, emoji, numbers, padding only.</summary>
    Empty,

    /// <summary>Only filler ("lol", "must watch", "thoughts?").</summary>
    Filler,

    /// <summary>Repeats a context source (title, description, quote, article, thread title).</summary>
    Copied,

    /// <summary>Shaped like a headline (title case or capitals, no full stop) and not the poster's voice.</summary>
    Headline,

    /// <summary>Neutral text in a source's voice: a caption, a news report, an article paragraph.</summary>
    SourceVoice,

    /// <summary>The poster's own words.</summary>
    Own,
}
