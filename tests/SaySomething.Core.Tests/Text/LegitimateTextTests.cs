using System.Text;
using SaySomething.Core.Text;

namespace SaySomething.Core.Tests.Text;

/// <summary>Real commentary in many scripts: meaning unchanged by normalisation, nothing flagged as padding.</summary>
public class LegitimateTextTests
{
    public static TheoryData<string> Texts =>
    [
        // French
        "C'est une très belle vidéo, merci pour le partage.",
        "Je ne suis pas d'accord avec l'auteur sur ce point précis.",
        "Où est passé le garçon qui criait au loup ? Il a déjà été démasqué.",
        "L'été dernier, nous étions à Besançon et à Orléans.",
        "Ça m'a fait penser à la crise de 2008, en moins grave.",
        // German
        "Das ist wirklich ein großartiger Beitrag über die Energiewende.",
        "Die Schifffahrt auf dem Rhein wurde wegen Niedrigwasser eingestellt.",
        "Mir lief der Angstschweiß über die Stirn, als ich das sah.",
        "Ein Herbststurm hat gestern viele Bäume in Süddeutschland umgeworfen.",
        "Übrigens: die Straßenbahn fährt ab Montag wieder pünktlich.",
        // Polish
        "Zażółć gęślą jaźń, czyli klasyczne zdanie testowe.",
        "W Szczecinie i Szczebrzeszynie chrząszcz brzmi w trzcinie.",
        "To jest bezwzględnie najlepszy komentarz, jaki dzisiaj przeczytałem.",
        "Źdźbło trawy poruszyło się na wietrze.",
        // Czech and Slovak
        "Strč prst skrz krk, to je známá česká věta bez samohlásek.",
        "Ve čtvrtfinále jsme prohráli, ale hráli jsme dobře.",
        "Zmrzl jsem jako pes, když jsme čekali na vlak.",
        // Spanish
        "¿Alguien más piensa que el árbitro se equivocó en el penalti?",
        "Me encantó la canción, sobre todo el estribillo del final.",
        "Mañana habrá huelga de transporte en toda la ciudad.",
        "El dolor de cabeza no me dejó dormir anoche.",
        // English
        "This is exactly what I was saying last week about the budget.",
        "Honestly the second half of the interview is much better than the first.",
        "I know that that is true, but it still feels very very unfair.",
        "The rhythm section carries the whole song, especially the bass.",
        "Not sure I agree; the data in the chart only goes back to 2019.",
        // Ukrainian
        "Дуже цікаве відео, дякую що поділилися.",
        "Я не погоджуюся з автором, але аргументи варті уваги.",
        "Київ сьогодні знову під обстрілом, тримайтеся.",
        "Це інтерв'ю варто подивитися до кінця.",
        // Russian
        "Очень интересное видео, спасибо за ссылку.",
        "Автор явно не понимает, о чём говорит.",
        "Съешь же ещё этих мягких французских булок да выпей чаю.",
        "Согласен, но только частично: цифры в таблице устарели.",
        // Greek
        "Πολύ ενδιαφέρον άρθρο, ευχαριστώ για την κοινοποίηση.",
        "Δεν συμφωνώ καθόλου με αυτή την άποψη.",
        // Chinese
        "这个视频说得很有道理，推荐大家看看。",
        "我不同意作者的观点，但是论据很有意思。",
        "去年十社會警告",
        "這部紀錄片拍得非常好。",
        // Japanese
        "この動画はとても面白いです。ぜひ見てください。",
        "作者の意見には賛成できませんが、説明は分かりやすいです。",
        "ですね、私もそう思います。",
        // Korean
        "정말 좋은 영상이네요. 공유해 주셔서 감사합니다.",
        "저는 이 의견에 동의하지 않습니다.",
        // Arabic
        "مقطع رائع جدا، شكرا على المشاركة.",
        "لا أتفق مع الكاتب في هذه النقطة.",
        "هذا التحليل دقيق ومفيد للغاية.",
        // Hebrew
        "סרטון מעניין מאוד, תודה ששיתפת.",
        // Devanagari (Hindi)
        "यह वीडियो बहुत अच्छा है, साझा करने के लिए धन्यवाद।",
        "मैं लेखक से सहमत नहीं हूँ, लेकिन तर्क दिलचस्प हैं।",
        "नमस्ते दुनिया, आज मौसम बहुत सुहाना है।",
        // Vietnamese and Turkish
        "Video này rất hay, cảm ơn bạn đã chia sẻ.",
        "Bu video gerçekten çok güzel, paylaştığın için teşekkürler.",
        // Emoji-heavy but real
        "What a goal 😍🔥 best match of the season ⚽",
        "Congrats on the new job 🎉🎉 you deserve it 👏",
        "Family trip 👨‍👩‍👧‍👦 to the mountains was amazing 🏔️",
        "Pride month 🏳️‍🌈 starts today, be kind to each other ❤️",
        "Слава Україні 🇺🇦 тримаємося",
        "Good morning ☀️ coffee first ☕ then work 💻",
        // Code-heavy
        "Use `list.Where(x => x.IsActive).ToList()` instead of the loop.",
        "The fix is `if (value is null) return;` before the call.",
        "Run `git rebase -i HEAD~3` and squash the commits.",
        "In Python `sorted(items, key=len)` does exactly that.",
        "Set `ASPNETCORE_ENVIRONMENT=Development` and restart the app.",
        // Discourse TextSentinel false-positive set
        "evil trout is evil",
        "Look: 去年十社會警告",
        "Yup",
        "Lol",
        "P.S. Спасибо, очень помогло, буду знать.",
        "See org.apache.commons.lang3.StringUtils for the helper.",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Analyze_LegitimateText_FlagsNothing(string text)
    {
        var report = PaddingDetector.Analyze(text);
        Assert.Equal(PaddingTechnique.None, report.Techniques);
        Assert.True(report.OwnWordCount > 0);
        var words = report.Verdicts.Where(v => v.Token.Kind == TokenKind.Word).ToList();
        Assert.All(words, v => Assert.True(v.Counts));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Normalize_LegitimateText_KeepsEveryWord(string text)
    {
        var normalized = TextNormalizer.Normalize(text);
        var expected = StripInvisible(text.Normalize(NormalizationForm.FormKC)).ToLowerInvariant();
        Assert.Equal(expected, normalized.Value);
        Assert.Equal(0, normalized.Counts.LookalikesFolded);
        Assert.Equal(0, normalized.Counts.ZalgoClusters);
    }

    [Fact]
    public void Texts_CoverSixtyTextsInSixScripts() => Assert.True(Texts.Count >= 60);

    private static string StripInvisible(string text) =>
        string.Concat(text.EnumerateRunes().Where(r => r.Value is not (0x200D or 0xFE0F)).Select(r => r.ToString()));
}
