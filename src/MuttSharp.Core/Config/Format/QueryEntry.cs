namespace MuttSharp.Core.Config.Format;

/// <summary>One result of <c>$query_command</c>, for <c>$query_format</c>.</summary>
/// <param name="Number">Position in the menu, from 1, for <c>%c</c>.</param>
/// <param name="Address">The address, for <c>%a</c>.</param>
/// <param name="Name">The name, for <c>%n</c>.</param>
/// <param name="Extra">The third column the command printed, for <c>%e</c>.</param>
public sealed record QueryEntry(int Number, string Address, string Name, string Extra)
{
    /// <summary>Tagged, for <c>%t</c>.</summary>
    public bool Tagged { get; init; }
}
