using SaySomething.Core.Text;

namespace SaySomething.Core.Judging.Thoughts;

/// <summary>
/// Month and weekday names in the supported languages (with the inflected forms news text uses: "в пятницу",
/// "w piątek", "am Freitag"): a report dates what it tells; a forum remark rarely does.
/// </summary>
internal static class CalendarWords
{
    private static readonly string[] s_words =
    [
        // en
        "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",

        // de
        "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember",
        "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",

        // fr
        "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
        "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",

        // es
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
        "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",

        // nl
        "januari", "februari", "maart", "augustus", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",

        // pl
        "stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia",
        "poniedziałek", "wtorek", "środa", "środę", "czwartek", "piątek", "sobota", "sobotę", "niedziela", "niedzielę",

        // ru
        "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря",
        "понедельник", "вторник", "среда", "среду", "четверг", "пятница", "пятницу", "суббота", "субботу", "воскресенье",

        // uk
        "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня",
        "понеділок", "понеділка", "вівторок", "вівторка", "середа", "середу", "четвер", "четверга", "пʼятниця", "п'ятниця",
        "пʼятницю", "п'ятницю", "субота", "суботу", "неділя", "неділю",
    ];

    private static readonly HashSet<long> s_hashes = [.. s_words.Select(HashOf)];

    /// <summary>Whether the word (its <see cref="WordKey"/> hash) names a month or a weekday.</summary>
    public static bool Contains(long wordHash) => s_hashes.Contains(wordHash);

    /// <summary>Gets the hashes of the words (for <see cref="Lexicons.LexiconPair"/>).</summary>
    public static IEnumerable<long> Hashes => s_hashes;

    private static long HashOf(string word)
    {
        Span<char> buffer = stackalloc char[64];
        return WordKey.Hash(buffer[..WordKey.Collapse(word, buffer)]);
    }
}
