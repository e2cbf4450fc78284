namespace SaySomething.Core.Providers.Rules;

/// <summary>Up to four captured values of one rule match, held as spans (no allocation).</summary>
internal ref struct CaptureSet
{
    /// <summary>The most captures one rule may declare.</summary>
    public const int Capacity = 4;

    private ReadOnlySpan<char> _v0;
    private ReadOnlySpan<char> _v1;
    private ReadOnlySpan<char> _v2;
    private ReadOnlySpan<char> _v3;

    public ReadOnlySpan<char> this[int index]
    {
        readonly get => index switch
        {
            0 => _v0,
            1 => _v1,
            2 => _v2,
            3 => _v3,
            _ => throw new ArgumentOutOfRangeException(nameof(index)),
        };
        set
        {
            switch (index)
            {
                case 0: _v0 = value; break;
                case 1: _v1 = value; break;
                case 2: _v2 = value; break;
                case 3: _v3 = value; break;
                default: throw new ArgumentOutOfRangeException(nameof(index));
            }
        }
    }
}
