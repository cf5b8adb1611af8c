namespace MuttSharp.Core.Config.Format;

/// <summary>The expandos of <c>$query_format</c> (Mutt's query.c).</summary>
public static class QueryExpandos
{
    /// <summary>Builds the table.</summary>
    public static ExpandoTable<QueryEntry> Create()
    {
        return new ExpandoTable<QueryEntry>()
            .Text('a', static e => e.Address)
            .Number('c', static e => e.Number)
            .Text('e', static e => e.Extra)
            .Text('n', static e => e.Name)
            .Text('t', static e => e.Tagged ? "*" : " ");
    }
}
