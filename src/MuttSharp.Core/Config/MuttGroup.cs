namespace MuttSharp.Core.Config;

/// <summary>An address group built by <c>group</c>, <c>alias -group</c>, <c>lists -group</c> and <c>subscribe -group</c>.</summary>
public sealed class MuttGroup
{
    /// <summary>Creates an empty group.</summary>
    public MuttGroup(string name) => Name = name;

    /// <summary>The group's name.</summary>
    public string Name { get; }

    /// <summary>Addresses added with <c>-addr</c>.</summary>
    public List<string> Addresses { get; } = [];

    /// <summary>Regexes added with <c>-rx</c> (and by <c>lists</c>/<c>subscribe</c>).</summary>
    public List<string> Patterns { get; } = [];
}
