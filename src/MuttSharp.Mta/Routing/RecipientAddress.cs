namespace MuttSharp.Mta.Routing;

/// <summary>
/// An envelope address split as Postfix splits it for lookups: the local part before the last
/// <c>@</c>, the domain after it (empty for a bare name), and the <c>recipient_delimiter</c> extension.
/// </summary>
/// <param name="LocalPart">The local part, as written (quotes removed).</param>
/// <param name="Domain">The domain, lower case, without a trailing dot; empty when the address has none.</param>
public sealed record RecipientAddress(string LocalPart, string Domain)
{
    /// <summary>The address, <c>local@domain</c> or the bare local part.</summary>
    public override string ToString() => Domain.Length == 0 ? LocalPart : $"{LocalPart}@{Domain}";

    /// <summary>
    /// Splits <paramref name="address"/> (angle brackets and a quoted local part are accepted). False
    /// for an empty address or one with control characters, which no lookup should ever see.
    /// </summary>
    public static bool TryParse(string address, out RecipientAddress result)
    {
        result = new RecipientAddress("", "");
        string text = address.Trim();
        if (text.StartsWith('<') && text.EndsWith('>'))
            text = text[1..^1];
        if (text.Length == 0 || text.Any(char.IsControl))
            return false;
        int at = text.LastIndexOf('@');
        string local = at < 0 ? text : text[..at];
        string domain = at < 0 ? "" : text[(at + 1)..].TrimEnd('.').ToLowerInvariant();
        if (local.Length >= 2 && local.StartsWith('"') && local.EndsWith('"'))
            local = local[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        if (local.Length == 0 || (at >= 0 && domain.Length == 0))
            return false;
        result = new RecipientAddress(local, domain);
        return true;
    }

    /// <summary>
    /// <paramref name="localPart"/> without its extension (<c>user+tag</c> gives <c>user</c>), or null
    /// when it has none. Any character of <paramref name="delimiters"/> starts the extension, as with
    /// Postfix's multi-character <c>recipient_delimiter</c>; a leading delimiter is not one (<c>+tag</c> stays).
    /// </summary>
    public static string? StripExtension(string localPart, string delimiters)
    {
        if (delimiters.Length == 0)
            return null;
        int index = localPart.IndexOfAny(delimiters.ToCharArray());
        return index > 0 ? localPart[..index] : null;
    }

    /// <summary>
    /// The keys virtual(5) and the recipient checks look up, in order: <c>user+ext@domain</c>,
    /// <c>user@domain</c>, then (when <paramref name="withDomainCatchAll"/>) <c>@domain</c>; all lower case.
    /// </summary>
    public IEnumerable<string> VirtualKeys(string delimiters, bool withDomainCatchAll = true)
    {
        string local = LocalPart.ToLowerInvariant();
        yield return $"{local}@{Domain}";
        if (StripExtension(local, delimiters) is { } bare)
            yield return $"{bare}@{Domain}";
        if (withDomainCatchAll)
            yield return "@" + Domain;
    }
}
