namespace MuttSharp.Core.Config.Format;

/// <summary>The expandos of <c>$alias_format</c> (Mutt's addrbook.c).</summary>
public static class AliasExpandos
{
    /// <summary>Builds the table.</summary>
    public static ExpandoTable<AliasEntry> Create()
    {
        return new ExpandoTable<AliasEntry>()
            .Text('a', static e => e.Name)
            .Text('f', static e => e.Deleted ? "D" : " ")
            .Number('n', static e => e.Number)
            .Text('r', static e => AddressText.Write(e.Addresses))
            .Text('t', static e => e.Tagged ? "*" : " ");
    }
}
