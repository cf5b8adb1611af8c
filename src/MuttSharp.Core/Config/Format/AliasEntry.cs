using MuttSharp.Core.Model;

namespace MuttSharp.Core.Config.Format;

/// <summary>One line of the alias menu, for <c>$alias_format</c>.</summary>
/// <param name="Number">Position in the menu, from 1, for <c>%n</c>.</param>
/// <param name="Name">The alias name, for <c>%a</c>.</param>
/// <param name="Addresses">What the alias expands to, for <c>%r</c>.</param>
public sealed record AliasEntry(int Number, string Name, IReadOnlyList<MailAddress> Addresses)
{
    /// <summary>Marked for deletion, for <c>%f</c>.</summary>
    public bool Deleted { get; init; }

    /// <summary>Tagged for inclusion, for <c>%t</c>.</summary>
    public bool Tagged { get; init; }
}
