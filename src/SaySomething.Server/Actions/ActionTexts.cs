using System.Globalization;
using SaySomething.Core.Judging;

namespace SaySomething.Server.Actions;

/// <summary>The words the service sends: to the author at the start of the grace period, and with each action.</summary>
internal static class ActionTexts
{
    public const string TellAuthorTitle = "Your post needs a few words of your own";

    public static string TellAuthor(Judgement judgement, string postId, int graceSeconds, bool actionFollows)
    {
        string about = $"(About your post {postId}.)";
        if (!actionFollows)
        {
            return $"{judgement.Message}\n\n{about}";
        }

        int minutes = Math.Max(1, graceSeconds / 60);
        return string.Create(CultureInfo.InvariantCulture,
            $"{judgement.Message}\n\nIf you edit the post, or reply with what you think about the link, within {minutes} minutes, nothing more happens. {about}");
    }

    public static string Flag(Judgement judgement) =>
        $"Link shared without the poster's own comment ({judgement.Reason.ToName() ?? judgement.Verdict.ToName()}). The author was told and did not add a comment in time. [SaySomething]";

    public static string Hide(Judgement judgement) =>
        $"Link shared without a comment of your own ({judgement.Reason.ToName() ?? judgement.Verdict.ToName()}). Edit the post to say what you think about it.";

    public static string Restore => "The author added a comment of their own.";
}
