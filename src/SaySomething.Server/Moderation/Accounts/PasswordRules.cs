namespace SaySomething.Server.Moderation.Accounts;

/// <summary>What a new password must be; each rule broken is a sentence that says what to fix.</summary>
internal static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 256;

    public static List<string> Problems(string userName, string? current, string? proposed, string? confirmation)
    {
        var problems = new List<string>();
        if (string.IsNullOrEmpty(proposed) || proposed.Length < MinLength)
        {
            problems.Add($"The new password must have at least {MinLength} characters.");
        }
        else if (proposed.Length > MaxLength)
        {
            problems.Add($"The new password must have at most {MaxLength} characters.");
        }
        else if (string.Equals(proposed, userName, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add("The new password must not be the account name.");
        }
        else if (proposed == current)
        {
            problems.Add("The new password must differ from the current one.");
        }

        if (proposed != confirmation)
        {
            problems.Add("The two new passwords differ; type the same one twice.");
        }

        return problems;
    }
}
