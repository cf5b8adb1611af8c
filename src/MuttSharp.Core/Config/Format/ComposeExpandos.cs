namespace MuttSharp.Core.Config.Format;

/// <summary>The expandos of <c>$compose_format</c> (Mutt's compose.c).</summary>
public static class ComposeExpandos
{
    /// <summary>Builds the table; <paramref name="sizes"/> formats <c>%l</c>.</summary>
    public static ExpandoTable<ComposeInfo> Create(SizeFormat? sizes = null)
    {
        SizeFormat size = sizes ?? SizeFormat.Default;
        return new ExpandoTable<ComposeInfo>()
            .Number('a', static c => c.Attachments)
            .Text('h', static c => c.Hostname)
            .Text('l', c => size.Format(c.ApproximateSize), static c => c.ApproximateSize != 0)
            .Text('v', static c => c.Version);
    }
}
