namespace MuttSharp.Core.Config.Format;

/// <summary>The expandos of <c>$attach_format</c> (Mutt's recvattach.c).</summary>
public static class AttachExpandos
{
    /// <summary>Builds the table; <paramref name="sizes"/> formats <c>%s</c>.</summary>
    public static ExpandoTable<AttachmentEntry> Create(SizeFormat? sizes = null)
    {
        SizeFormat size = sizes ?? SizeFormat.Default;
        return new ExpandoTable<AttachmentEntry>()
            .Text('C', static e => e.Charset ?? "")
            .Text('c', static e => e.Converts ? "c" : "n")
            .Text('D', static e => e.Deleted ? "D" : " ")
            .Text('d', static e => e.Description is { Length: > 0 } d ? d : FileName(e))
            .Text('e', static e => e.Encoding)
            .Text('F', static e => FileName(e))
            .Text('f', static e => e.Filename ?? "")
            .Text('I', static e => e.Inline ? "I" : "A")
            .Text('m', static e => e.MajorType)
            .Text('M', static e => e.MinorType)
            .Number('n', static e => e.Number)
            .Text('Q', static e => e.Counts ? "Q" : "", static e => e.Counts)
            .Text('s', e => size.Format(e.Size), static e => e.Size != 0)
            .Text('t', static e => e.Tagged ? "*" : " ")
            .Text('T', static e => e.Tree)
            .Text('u', static e => e.Unlink ? "-" : " ")
            .Number('X', static e => e.CountedParts);
    }

    // %F: the disposition filename, else the file name.
    private static string FileName(AttachmentEntry e) =>
        e.DispositionFilename is { Length: > 0 } d ? d : e.Filename ?? "";
}
