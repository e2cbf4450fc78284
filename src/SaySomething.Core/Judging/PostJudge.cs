using SaySomething.Core.Policies;

namespace SaySomething.Core.Judging;

/// <summary>
/// Judges posts: did the poster say something of their own about the links they shared? Thread-safe; one instance
/// serves any number of threads. The work never blocks on I/O: metadata must already be in <see cref="PostToJudge.Metadata"/>.
/// </summary>
public sealed class PostJudge
{
    /// <summary>Creates a judge that applies <paramref name="policies"/>.</summary>
    public PostJudge(PolicySet policies)
    {
        ArgumentNullException.ThrowIfNull(policies);
        Policies = policies;
    }

    /// <summary>Gets a judge with the default policy.</summary>
    public static PostJudge Default { get; } = new(PolicySet.Default);

    /// <summary>Gets the policies this judge applies.</summary>
    public PolicySet Policies { get; }

    /// <summary>Judges one post.</summary>
    public Judgement Judge(PostToJudge post)
    {
        ArgumentNullException.ThrowIfNull(post);
        _ = Policies.Resolve(post.Community, post.Section);
        throw new NotImplementedException("the judgement pipeline is being built");
    }
}
