namespace MuttSharp.Core.Search;

/// <summary>
/// A set of e-mail addresses as Mutt's configuration describes them: the user's own addresses
/// (<c>$from</c>, <c>alternates</c>), known or subscribed mailing lists (<c>lists</c>,
/// <c>subscribe</c>), an address <c>group</c>, or the addresses that have an <c>alias</c>.
/// </summary>
public interface IAddressMatcher
{
    /// <summary>True when <paramref name="address"/> (an addr-spec, <c>local@domain</c>) belongs to the set.</summary>
    bool Matches(string address);
}
