using SaySomething.Core.Providers;

namespace SaySomething.Core.Tests.Providers;

public class ClassifyTests
{
    private static readonly ProviderRegistry Registry = ProviderRegistry.Default;

    [Theory]
    // YouTube
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("youtube.com/watch?v=dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?si=abcDEF123", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=90", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/live/dQw4w9WgXcQ?si=x1", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=10", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://m.youtube.com/watch?v=dQw4w9WgXcQ&feature=share", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://music.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=120s", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?feature=player_detailpage&v=jofNR_WkoCE#t=40", "youtube", LinkKind.Video, "youtube:jofNR_WkoCE")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PLabc&index=3", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/watch?list=PLabc&amp;v=dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    [InlineData("HTTPS://WWW.YOUTUBE.COM/WATCH?V=ABCDEFGHIJK", "youtube", LinkKind.Video, "youtube:ABCDEFGHIJK")]
    [InlineData("https://www.youtube.com/@SomeChannel/videos", "youtube", LinkKind.Other, "url:https://youtube.com/@SomeChannel/videos")]
    [InlineData("https://www.youtube.com/channel/UC1234567890", "youtube", LinkKind.Other, "url:https://youtube.com/channel/UC1234567890")]
    [InlineData("https://www.youtube.com/playlist?list=PL123", "youtube", LinkKind.Other, "url:https://youtube.com/playlist?list=PL123")]
    [InlineData("https://www.youtube.com:443/watch?v=dQw4w9WgXcQ", "youtube", LinkKind.Video, "youtube:dQw4w9WgXcQ")]
    // X / Twitter
    [InlineData("https://x.com/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://twitter.com/someone/status/1790000000000000001?s=20", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://x.com/someone/status/1790000000000000001?s=46&t=abcdef", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://mobile.twitter.com/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://x.com/someone/status/1790000000000000001/photo/1", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://x.com/someone/status/1790000000000000001/video/1", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://fxtwitter.com/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://vxtwitter.com/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://fixupx.com/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://fixvx.com/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://nitter.net/someone/status/1790000000000000001#m", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://nitter.poast.org/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://xcancel.com/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://twitter.com/i/web/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://twitter.com/#!/someone/status/526635414338023424", "x", LinkKind.SocialPost, "x:526635414338023424")]
    [InlineData("x.com/someone/status/1790000000000000001", "x", LinkKind.SocialPost, "x:1790000000000000001")]
    [InlineData("https://x.com/someone", "x", LinkKind.Other, "url:https://x.com/someone")]
    [InlineData("https://pbs.twimg.com/media/GAbcdEfGhIjKlMn?format=jpg&name=large", "x", LinkKind.Image, "url:https://pbs.twimg.com/media/GAbcdEfGhIjKlMn?format=jpg&name=large")]
    // Facebook
    [InlineData("https://www.facebook.com/watch/?v=1234567890123456", "facebook", LinkKind.Video, "facebook:1234567890123456")]
    [InlineData("https://m.facebook.com/story.php?story_fbid=1234567890123456&id=100000000000001", "facebook", LinkKind.SocialPost, "facebook:1234567890123456")]
    [InlineData("https://mbasic.facebook.com/story.php?story_fbid=pfbid0abc&amp;id=100000000000001", "facebook", LinkKind.SocialPost, "facebook:pfbid0abc")]
    [InlineData("https://www.facebook.com/permalink.php?story_fbid=1234567890&id=4", "facebook", LinkKind.SocialPost, "facebook:1234567890")]
    [InlineData("https://fb.watch/AbCdEf12_-/", "facebook", LinkKind.Video, "url:https://fb.watch/AbCdEf12_-/")]
    [InlineData("https://www.facebook.com/reel/1234567890123456", "facebook", LinkKind.Video, "facebook:1234567890123456")]
    [InlineData("https://web.facebook.com/somepage/videos/1234567890123456/", "facebook", LinkKind.Video, "facebook:1234567890123456")]
    [InlineData("https://www.facebook.com/share/v/AbCdEf123456/", "facebook", LinkKind.Video, "url:https://facebook.com/share/v/AbCdEf123456/")]
    [InlineData("https://www.facebook.com/share/r/AbCdEf123456/", "facebook", LinkKind.Video, "url:https://facebook.com/share/r/AbCdEf123456/")]
    [InlineData("https://www.facebook.com/share/p/AbCdEf123456/?mibextid=abc", "facebook", LinkKind.SocialPost, "url:https://facebook.com/share/p/AbCdEf123456/")]
    [InlineData("https://www.facebook.com/somebody/posts/pfbid0AbCdEf", "facebook", LinkKind.SocialPost, "facebook:pfbid0AbCdEf")]
    [InlineData("https://fb.com/somebody/posts/12345", "facebook", LinkKind.SocialPost, "facebook:12345")]
    [InlineData("https://www.facebook.com/somebody", "facebook", LinkKind.Other, "url:https://facebook.com/somebody")]
    // Instagram
    [InlineData("https://www.instagram.com/p/Cabc123XYZ_/", "instagram", LinkKind.SocialPost, "instagram:Cabc123XYZ_")]
    [InlineData("https://www.instagram.com/p/Cabc123XYZ_/?igsh=MWQ1ZGUxMzBkMA==", "instagram", LinkKind.SocialPost, "instagram:Cabc123XYZ_")]
    [InlineData("https://www.instagram.com/reel/Cabc123XYZ_/", "instagram", LinkKind.Video, "instagram:Cabc123XYZ_")]
    [InlineData("https://www.instagram.com/reels/Cabc123XYZ_/", "instagram", LinkKind.Video, "instagram:Cabc123XYZ_")]
    [InlineData("https://instagram.com/tv/Cabc123XYZ_", "instagram", LinkKind.Video, "instagram:Cabc123XYZ_")]
    [InlineData("https://www.instagram.com/someone/", "instagram", LinkKind.Other, "url:https://instagram.com/someone/")]
    // TikTok
    [InlineData("https://www.tiktok.com/@someone/video/7300000000000000001", "tiktok", LinkKind.Video, "tiktok:7300000000000000001")]
    [InlineData("https://www.tiktok.com/@someone/video/7300000000000000001?is_from_webapp=1&sender_device=pc", "tiktok", LinkKind.Video, "tiktok:7300000000000000001")]
    [InlineData("https://m.tiktok.com/v/7300000000000000001.html", "tiktok", LinkKind.Video, "tiktok:7300000000000000001")]
    [InlineData("https://www.tiktok.com/video/7300000000000000001", "tiktok", LinkKind.Video, "tiktok:7300000000000000001")]
    [InlineData("https://vm.tiktok.com/ZMabc1234/", "tiktok", LinkKind.Video, "url:https://vm.tiktok.com/ZMabc1234/")]
    [InlineData("https://vt.tiktok.com/ZSabc1234/", "tiktok", LinkKind.Video, "url:https://vt.tiktok.com/ZSabc1234/")]
    [InlineData("https://www.tiktok.com/@someone", "tiktok", LinkKind.Other, "url:https://tiktok.com/@someone")]
    // Telegram
    [InlineData("https://t.me/SomeChannel/12345", "telegram", LinkKind.SocialPost, "telegram:somechannel/12345")]
    [InlineData("https://t.me/s/SomeChannel/12345", "telegram", LinkKind.SocialPost, "telegram:somechannel/12345")]
    [InlineData("https://t.me/SomeChannel/12345?single", "telegram", LinkKind.SocialPost, "telegram:somechannel/12345")]
    [InlineData("t.me/somechannel/12345", "telegram", LinkKind.SocialPost, "telegram:somechannel/12345")]
    [InlineData("https://telegram.me/somechannel/12345", "telegram", LinkKind.SocialPost, "telegram:somechannel/12345")]
    [InlineData("https://telegram.dog/somechannel/12345", "telegram", LinkKind.SocialPost, "telegram:somechannel/12345")]
    [InlineData("https://t.me/c/1234567890/55", "telegram", LinkKind.SocialPost, "telegram:c/1234567890/55")]
    [InlineData("https://t.me/somechannel", "telegram", LinkKind.Other, "url:https://t.me/somechannel")]
    // Reddit
    [InlineData("https://www.reddit.com/r/worldnews/comments/1abc2de/some_title_here/", "reddit", LinkKind.SocialPost, "reddit:1abc2de")]
    [InlineData("https://old.reddit.com/r/worldnews/comments/1abc2de/", "reddit", LinkKind.SocialPost, "reddit:1abc2de")]
    [InlineData("https://new.reddit.com/r/worldnews/comments/1ABC2DE/x", "reddit", LinkKind.SocialPost, "reddit:1abc2de")]
    [InlineData("https://np.reddit.com/r/worldnews/comments/1abc2de/x/", "reddit", LinkKind.SocialPost, "reddit:1abc2de")]
    [InlineData("https://m.reddit.com/r/worldnews/comments/1abc2de/x/", "reddit", LinkKind.SocialPost, "reddit:1abc2de")]
    [InlineData("https://redd.it/1abc2de", "reddit", LinkKind.SocialPost, "reddit:1abc2de")]
    [InlineData("https://v.redd.it/abcdef1234567", "reddit", LinkKind.Video, "url:https://v.redd.it/abcdef1234567")]
    [InlineData("https://i.redd.it/abcdef1234567.jpg", "reddit", LinkKind.Image, "url:https://i.redd.it/abcdef1234567.jpg")]
    [InlineData("https://www.reddit.com/r/worldnews/s/AbCdEf1234", "reddit", LinkKind.SocialPost, "url:https://reddit.com/r/worldnews/s/AbCdEf1234")]
    [InlineData("https://www.reddit.com/r/worldnews/", "reddit", LinkKind.Other, "url:https://reddit.com/r/worldnews/")]
    // Video platforms
    [InlineData("https://rumble.com/v4abc12-some-title-here.html", "rumble", LinkKind.Video, "rumble:v4abc12")]
    [InlineData("https://rumble.com/embed/v4abc12/", "rumble", LinkKind.Video, "rumble:v4abc12")]
    [InlineData("https://rumble.com/c/SomeChannel", "rumble", LinkKind.Other, "url:https://rumble.com/c/SomeChannel")]
    [InlineData("https://www.bitchute.com/video/AbCdEf123/", "bitchute", LinkKind.Video, "bitchute:AbCdEf123")]
    [InlineData("https://odysee.com/@channel:a/some-video:b", "odysee", LinkKind.Video, "url:https://odysee.com/@channel:a/some-video:b")]
    [InlineData("https://odysee.com/@channel:a", "odysee", LinkKind.Other, "url:https://odysee.com/@channel:a")]
    [InlineData("https://vk.com/video-123456_456789", "vk", LinkKind.Video, "vk:video-123456_456789")]
    [InlineData("https://vkvideo.ru/video-123456_456789", "vk", LinkKind.Video, "vk:video-123456_456789")]
    [InlineData("https://vk.ru/wall-1_2", "vk", LinkKind.SocialPost, "vk:wall-1_2")]
    [InlineData("https://m.vk.com/wall123_45", "vk", LinkKind.SocialPost, "vk:wall123_45")]
    [InlineData("https://vimeo.com/123456789", "vimeo", LinkKind.Video, "vimeo:123456789")]
    [InlineData("https://player.vimeo.com/video/123456789?h=abc", "vimeo", LinkKind.Video, "vimeo:123456789")]
    [InlineData("https://vimeo.com/channels/staffpicks/123456789", "vimeo", LinkKind.Video, "vimeo:123456789")]
    [InlineData("https://www.dailymotion.com/video/x8abcde", "dailymotion", LinkKind.Video, "dailymotion:x8abcde")]
    [InlineData("https://dai.ly/x8abcde", "dailymotion", LinkKind.Video, "dailymotion:x8abcde")]
    [InlineData("https://streamable.com/abc123", "streamable", LinkKind.Video, "streamable:abc123")]
    [InlineData("https://clips.twitch.tv/FunnySlugName-AbC123", "twitch", LinkKind.Video, "twitch:clip/FunnySlugName-AbC123")]
    [InlineData("https://www.twitch.tv/somestreamer/clip/FunnySlugName-AbC123", "twitch", LinkKind.Video, "twitch:clip/FunnySlugName-AbC123")]
    [InlineData("https://www.twitch.tv/videos/1234567890", "twitch", LinkKind.Video, "twitch:video/1234567890")]
    [InlineData("https://www.twitch.tv/somestreamer", "twitch", LinkKind.Other, "url:https://twitch.tv/somestreamer")]
    // Other social networks
    [InlineData("https://www.threads.net/@someone/post/C1aBcDeFgHi", "threads", LinkKind.SocialPost, "threads:C1aBcDeFgHi")]
    [InlineData("https://www.threads.com/@someone/post/C1aBcDeFgHi", "threads", LinkKind.SocialPost, "threads:C1aBcDeFgHi")]
    [InlineData("https://bsky.app/profile/Someone.bsky.social/post/3kabcdefgh2x", "bluesky", LinkKind.SocialPost, "bluesky:someone.bsky.social/3kabcdefgh2x")]
    [InlineData("https://bsky.app/profile/someone.bsky.social", "bluesky", LinkKind.Other, "url:https://bsky.app/profile/someone.bsky.social")]
    [InlineData("https://mastodon.social/@Gargron/109385000000000000", "mastodon", LinkKind.SocialPost, "mastodon:mastodon.social/@gargron/109385000000000000")]
    [InlineData("https://social.example-instance.org/@someone/111222333444555666", "mastodon", LinkKind.SocialPost, "mastodon:social.example-instance.org/@someone/111222333444555666")]
    [InlineData("https://social.example-instance.org/@someone", null, LinkKind.Other, "url:https://social.example-instance.org/@someone")]
    [InlineData("https://www.linkedin.com/posts/someone_topic-activity-7100000000000000000-abcd", "linkedin", LinkKind.SocialPost, "url:https://linkedin.com/posts/someone_topic-activity-7100000000000000000-abcd")]
    [InlineData("https://www.linkedin.com/feed/update/urn:li:activity:7100000000000000000/", "linkedin", LinkKind.SocialPost, "linkedin:urn:li:activity:7100000000000000000")]
    [InlineData("https://www.linkedin.com/pulse/some-article-title-someone", "linkedin", LinkKind.Article, "url:https://linkedin.com/pulse/some-article-title-someone")]
    [InlineData("https://truthsocial.com/@someone/posts/112000000000000000", "truthsocial", LinkKind.SocialPost, "truthsocial:112000000000000000")]
    // Images
    [InlineData("https://i.imgur.com/AbCdEfG.jpg", "imgur", LinkKind.Image, "imgur:AbCdEfG")]
    [InlineData("https://imgur.com/a/AbCdEfG", "imgur", LinkKind.Image, "imgur:a/AbCdEfG")]
    [InlineData("https://i.postimg.cc/AbCdEfG/photo.png", "postimg", LinkKind.Image, "url:https://i.postimg.cc/AbCdEfG/photo.png")]
    [InlineData("https://ibb.co/AbCdEfG", "imgbb", LinkKind.Image, "url:https://ibb.co/AbCdEfG")]
    [InlineData("https://example.org/uploads/photo.webp", null, LinkKind.Image, "url:https://example.org/uploads/photo.webp")]
    [InlineData("https://example.org/uploads/PHOTO.JPEG?w=300", null, LinkKind.Image, "url:https://example.org/uploads/PHOTO.JPEG?w=300")]
    // Articles
    [InlineData("https://someone.substack.com/p/why-this-matters", "substack", LinkKind.Article, "url:https://someone.substack.com/p/why-this-matters")]
    [InlineData("https://medium.com/@someone/a-long-story-abc123", "medium", LinkKind.Article, "url:https://medium.com/@someone/a-long-story-abc123")]
    [InlineData("https://www.bbc.co.uk/news/world-europe-12345678", "bbc", LinkKind.Article, "url:https://bbc.co.uk/news/world-europe-12345678")]
    [InlineData("www.bbc.co.uk/news/world-europe-12345678", "bbc", LinkKind.Article, "url:https://bbc.co.uk/news/world-europe-12345678")]
    [InlineData("https://www.reuters.com/world/europe/drone-strike-kyiv-2024-05-12/", "reuters", LinkKind.Article, "url:https://reuters.com/world/europe/drone-strike-kyiv-2024-05-12/")]
    [InlineData("https://apnews.com/article/ukraine-russia-war-abc123", "apnews", LinkKind.Article, "url:https://apnews.com/article/ukraine-russia-war-abc123")]
    [InlineData("https://www.theguardian.com/world/2024/may/12/some-story?utm_source=twitter&utm_medium=social", "theguardian", LinkKind.Article, "url:https://theguardian.com/world/2024/may/12/some-story")]
    [InlineData("https://kyivindependent.com/some-story-slug/", "kyivindependent", LinkKind.Article, "url:https://kyivindependent.com/some-story-slug/")]
    [InlineData("https://www.pravda.com.ua/eng/news/2024/05/12/7455555/", "pravda-ua", LinkKind.Article, "url:https://pravda.com.ua/eng/news/2024/05/12/7455555/")]
    [InlineData("https://meduza.io/en/feature/2024/05/12/story", "meduza", LinkKind.Article, "url:https://meduza.io/en/feature/2024/05/12/story")]
    [InlineData("https://www.dw.com/en/some-story/a-12345678", "dw", LinkKind.Article, "url:https://dw.com/en/some-story/a-12345678")]
    [InlineData("https://edition.cnn.com/2024/05/12/europe/story/index.html", "cnn", LinkKind.Article, "url:https://edition.cnn.com/2024/05/12/europe/story/index.html")]
    [InlineData("https://www.politico.eu/article/some-story/", "politico", LinkKind.Article, "url:https://politico.eu/article/some-story/")]
    [InlineData("https://tass.com/politics/1234567", "tass", LinkKind.Article, "url:https://tass.com/politics/1234567")]
    [InlineData("https://theins.ru/politika/270000", "theins", LinkKind.Article, "url:https://theins.ru/politika/270000")]
    [InlineData("https://www.kommersant.ru/doc/1234567", "kommersant", LinkKind.Article, "url:https://kommersant.ru/doc/1234567")]
    [InlineData("https://news.yahoo.com/some-story-123.html", "yahoonews", LinkKind.Article, "url:https://news.yahoo.com/some-story-123.html")]
    [InlineData("https://www.bbc.com/", "bbc", LinkKind.Other, "url:https://bbc.com/")]
    [InlineData("https://en.wikipedia.org/wiki/Battle_of_Bakhmut", "wikipedia", LinkKind.Other, "url:https://en.wikipedia.org/wiki/Battle_of_Bakhmut")]
    [InlineData("https://unknown-blog.example/2024/05/12/a-post", null, LinkKind.Article, "url:https://unknown-blog.example/2024/05/12/a-post")]
    [InlineData("https://unknown-blog.example/2024/05/", null, LinkKind.Article, "url:https://unknown-blog.example/2024/05/")]
    [InlineData("https://unknown-blog.example/news/123", null, LinkKind.Article, "url:https://unknown-blog.example/news/123")]
    [InlineData("https://unknown-blog.example/opinion/why", null, LinkKind.Article, "url:https://unknown-blog.example/opinion/why")]
    [InlineData("https://unknown-blog.example/world/drone-strike-hits-refinery", null, LinkKind.Article, "url:https://unknown-blog.example/world/drone-strike-hits-refinery")]
    [InlineData("https://unknown-blog.example/page/some-page.shtml", null, LinkKind.Article, "url:https://unknown-blog.example/page/some-page.shtml")]
    [InlineData("https://unknown-blog.example/about", null, LinkKind.Other, "url:https://unknown-blog.example/about")]
    [InlineData("https://unknown-blog.example/short-slug", null, LinkKind.Other, "url:https://unknown-blog.example/short-slug")]
    [InlineData("http://unknown-blog.example:8080/a?b=1#frag", null, LinkKind.Other, "url:https://unknown-blog.example:8080/a?b=1")]
    [InlineData("http://unknown-blog.example:80/a", null, LinkKind.Other, "url:https://unknown-blog.example/a")]
    public void Classify_KnownUrl_GivesProviderKindAndCanonicalId(string url, string? providerId, LinkKind kind, string canonicalId)
    {
        LinkClassification result = Registry.Classify(url);

        Assert.Equal(providerId, result.Provider?.Id);
        Assert.Equal(kind, result.Kind);
        Assert.Equal(canonicalId, Registry.GetCanonicalId(url));
    }

    [Theory]
    [InlineData("https://youtu.be.example.net/dQw4w9WgXcQ")]
    [InlineData("https://notyoutube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtube.com.evil.org/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com.evil.org/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://youtube.com@evil.org/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evil.org/youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://evil.org/?u=https://youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("https://myx.com/someone/status/1790000000000000001")]
    [InlineData("https://x.com.evil.org/someone/status/1790000000000000001")]
    [InlineData("https://t.me.evil.org/channel/1")]
    [InlineData("https://faket.me/channel/1")]
    [InlineData("https://nottwitter.com/someone/status/1790000000000000001")]
    public void Classify_SpoofedHost_IsNotTheProvider(string url)
    {
        LinkClassification result = Registry.Classify(url);

        Assert.NotEqual("youtube", result.Provider?.Id);
        Assert.NotEqual("x", result.Provider?.Id);
        Assert.NotEqual("telegram", result.Provider?.Id);
        Assert.StartsWith("url:", Registry.GetCanonicalId(url) ?? string.Empty);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("someone@example.com")]
    [InlineData("ftp://example.com/file")]
    [InlineData("mailto:someone@example.com")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://")]
    [InlineData("https://exa mple.com/")]
    [InlineData("https://example.com:abc/")]
    [InlineData("https://a..b.com/")]
    public void GetCanonicalId_NotAUrl_ReturnsNull(string text)
    {
        Assert.Null(Registry.GetCanonicalId(text));
        Assert.Equal(default, Registry.Classify(text));
    }

    [Theory]
    [InlineData("https://WWW.YOUTUBE.COM./watch?v=dQw4w9WgXcQ", "youtube")]
    [InlineData("https://youtube\u3002com/watch?v=dQw4w9WgXcQ", "youtube")]
    [InlineData("https://youtube\uFF0Ecom/watch?v=dQw4w9WgXcQ", "youtube")]
    [InlineData("https://youtu\uFF61be/dQw4w9WgXcQ", "youtube")]
    public void Classify_HostSpelledDifferently_IsNormalised(string url, string providerId)
    {
        Assert.Equal(providerId, Registry.Classify(url).Provider?.Id);
        Assert.Equal("youtube:dQw4w9WgXcQ", Registry.GetCanonicalId(url));
    }

    [Theory]
    [InlineData("https://пример.укр/новини/2024/05/12/", "url:https://xn--e1afmkfd.xn--j1amh/новини/2024/05/12/")]
    [InlineData("https://münchen.de/", "url:https://xn--mnchen-3ya.de/")]
    [InlineData("https://MÜNCHEN.de/", "url:https://xn--mnchen-3ya.de/")]
    [InlineData("https://xn--mnchen-3ya.de/", "url:https://xn--mnchen-3ya.de/")]
    [InlineData("https://президент.рф/news/1", "url:https://xn--d1abbgf6aiiy.xn--p1ai/news/1")]
    public void GetCanonicalId_IdnHost_UsesPunycode(string url, string expected)
    {
        Assert.Equal(expected, Registry.GetCanonicalId(url));
    }

    [Fact]
    public void Classify_IdnHostOfUnknownSite_HasNoProvider()
    {
        LinkClassification result = Registry.Classify("https://новини.укр/politics/some-story");

        Assert.Null(result.Provider);
        Assert.Equal(LinkKind.Article, result.Kind);
    }
}
