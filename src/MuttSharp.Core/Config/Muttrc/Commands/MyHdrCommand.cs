namespace MuttSharp.Core.Config.Muttrc.Commands;

/// <summary><c>my_hdr Name: value</c> (replaces an earlier header of the same name; quotes kept literally) and <c>unmy_hdr name... | *</c>.</summary>
internal sealed class MyHdrCommand(string name, bool remove) : BuiltinCommand(name)
{
    protected override string? Run(MuttrcCommandContext context, MuttrcArguments args)
    {
        var headers = context.Config.UserHeaderList;
        if (remove)
        {
            foreach (string token in args.RemainingTokens())
            {
                if (token == "*")
                {
                    headers.Clear();
                    continue;
                }
                string field = token.TrimEnd(':');
                headers.RemoveAll(header => FieldName(header) is { } existing && string.Equals(existing, field, StringComparison.OrdinalIgnoreCase));
            }
            return null;
        }
        string line = args.Next(MuttrcTokenFlags.Space | MuttrcTokenFlags.Quote).TrimEnd();
        if (FieldName(line) is not { } newField)
            return "invalid header field";
        int index = headers.FindIndex(header => string.Equals(FieldName(header), newField, StringComparison.OrdinalIgnoreCase));
        if (index >= 0)
            headers[index] = line;
        else
            headers.Add(line);
        return null;
    }

    /// <summary>The field name before the colon, or null when the line is not <c>Name: value</c>.</summary>
    private static string? FieldName(string header)
    {
        int colon = header.IndexOf(':');
        if (colon <= 0)
            return null;
        string field = header[..colon];
        return field.All(c => c > ' ' && c < 127) ? field : null;
    }
}
