namespace MuttSharp.Mta.Aliases;

/// <summary>One item of an alias value.</summary>
/// <param name="Kind">What the item is.</param>
/// <param name="Value">The address, the command line (without <c>|</c>), or the path.</param>
public sealed record AliasTarget(AliasTargetKind Kind, string Value)
{
    /// <summary>As written in an aliases file.</summary>
    public override string ToString() => Kind switch
    {
        AliasTargetKind.Command => $"\"|{Value}\"",
        AliasTargetKind.Include => $":include:{Value}",
        _ => Value,
    };
}
