namespace MuttSharp.Core.Config.Variables;

/// <summary>
/// A parsed sort variable (<c>$sort</c>, <c>$sort_aux</c>, <c>$sort_alias</c>, <c>$sort_browser</c>, ...):
/// the method name as Mutt spells it (<c>date</c>, <c>threads</c>, <c>date-received</c>, ...) and its prefixes.
/// </summary>
/// <param name="Method">The method name without prefixes, e.g. <c>date-received</c>.</param>
/// <param name="Reverse">The <c>reverse-</c> prefix was given.</param>
/// <param name="Last">The <c>last-</c> prefix was given (meaningful for <c>$sort_aux</c> in threads).</param>
public readonly record struct SortOrder(string Method, bool Reverse, bool Last)
{
    /// <summary>The value as Mutt prints it: <c>reverse-last-date-received</c>.</summary>
    public override string ToString() => (Reverse ? "reverse-" : "") + (Last ? "last-" : "") + Method;
}
