namespace MuttSharp.Core.Config.Keys;

/// <summary>The menus a key can be bound in, as Mutt's <c>bind</c> and <c>macro</c> name them.</summary>
public enum KeyMenu
{
    Generic,
    Index,
    Pager,
    Attach,
    Compose,
    Browser,
    Alias,
    Query,
    Editor,
    Postpone,
    List,
    Pgp,
    Smime,
    Mix,
}
