using System.Text;
using MimeKit;
using MimeKit.Utils;

namespace MuttSharp.Core.Compose;

/// <summary>
/// A <c>mailto:</c> URL (RFC 6068) given where Mutt takes an address: its recipients, and the header fields and
/// body that <c>mailto_allow</c> lets through. Everything else in the URL is dropped, so that a link cannot attach
/// a file, set an Fcc or add a Bcc unless the user allowed that field.
/// </summary>
public sealed class MailtoUrl
{
    private const string Scheme = "mailto:";

    // Fields the compose flow acts on rather than sends: a URL never sets them, whatever mailto_allow says.
    private static readonly HashSet<string> PseudoHeaders = new(StringComparer.OrdinalIgnoreCase) { "fcc", "attach", "pgp", "smime" };

    private MailtoUrl(string to, List<KeyValuePair<string, string>> fields, string? body)
    {
        To = to;
        Fields = fields;
        Body = body;
    }

    /// <summary>The recipients before the <c>?</c>, decoded.</summary>
    public string To { get; }

    /// <summary>The allowed header fields, decoded, in the URL's order; <c>body</c> is not among them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; }

    /// <summary>The <c>body=</c> text when the URL has one and <c>body</c> is allowed.</summary>
    public string? Body { get; }

    /// <summary>True when <paramref name="text"/> is a mailto URL rather than an address.</summary>
    public static bool IsMailto(string text) => text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads <paramref name="url"/>, keeping the fields <paramref name="allowed"/> names (case-insensitively; <c>*</c>
    /// allows any). Line breaks and tabs in values become spaces, as Mutt filters command-line headers.
    /// </summary>
    /// <returns>False with <paramref name="error"/> naming the position when a <c>%</c> escape is broken.</returns>
    public static bool TryParse(string url, IReadOnlyList<string> allowed, out MailtoUrl? mailto, out string error)
    {
        mailto = null;
        if (!IsMailto(url))
        {
            error = $"{url}: not a mailto: URL";
            return false;
        }
        int query = url.IndexOf('?', Scheme.Length);
        int toEnd = query < 0 ? url.Length : query;
        if (!TryDecode(url, Scheme.Length, toEnd, out string to, out error))
            return false;

        var fields = new List<KeyValuePair<string, string>>();
        string? body = null;
        int start = toEnd + 1;
        while (start < url.Length)
        {
            int end = url.IndexOf('&', start);
            if (end < 0)
                end = url.Length;
            int equals = url.IndexOf('=', start, end - start);
            if (equals > start && equals + 1 < end)
            {
                if (!TryDecode(url, start, equals, out string name, out error) || !TryDecode(url, equals + 1, end, out string value, out error))
                    return false;
                if (IsAllowed(name, allowed))
                {
                    if (name.Equals("body", StringComparison.OrdinalIgnoreCase))
                        body = value;
                    else
                        fields.Add(new(name, Flatten(value)));
                }
            }
            start = end + 1;
        }
        mailto = new MailtoUrl(Flatten(to), fields, body);
        error = "";
        return true;
    }

    /// <summary>
    /// Adds the URL's recipients and fields to <paramref name="draft"/>: addresses are appended to the draft's lists,
    /// the subject, In-Reply-To and References replace the draft's, other fields become extra headers.
    /// </summary>
    /// <returns>False with a reason when an address list does not parse.</returns>
    public bool TryApplyTo(Draft draft, out string error)
    {
        if (!DraftHeaders.TryAppendAddresses(draft.To, "To", To, out error))
            return false;
        foreach (var (name, value) in Fields)
        {
            if (DraftHeaders.AddressList(draft, name) is { } list)
            {
                if (!DraftHeaders.TryAppendAddresses(list, name, value, out error))
                    return false;
            }
            else if (!DraftHeaders.TryApply(draft, name, Bracketed(name, Rfc2047.DecodeText(Encoding.UTF8.GetBytes(value))), out error))
            {
                return false;
            }
        }
        return true;
    }

    private static bool IsAllowed(string name, IReadOnlyList<string> allowed) =>
        IsFieldName(name) && !PseudoHeaders.Contains(name)
        && allowed.Any(a => a.StartsWith('*') || a.Equals(name, StringComparison.OrdinalIgnoreCase));

    private static bool IsFieldName(string name) => name.Length > 0 && name.All(c => c > ' ' && c <= '~' && c != ':');

    // Mutt accepts message-ids without their angle brackets in a URL, where a header would need them.
    private static string Bracketed(string name, string value) =>
        name.Equals("in-reply-to", StringComparison.OrdinalIgnoreCase) && !value.Contains('<', StringComparison.Ordinal)
            ? string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => $"<{id}>"))
            : value;

    private static string Flatten(string value) => value.Replace('\r', ' ').Replace('\n', ' ').Replace('\t', ' ');

    // Percent escapes are UTF-8 bytes; a run of them is decoded together so that a multi-byte character survives.
    private static bool TryDecode(string url, int start, int end, out string text, out string error)
    {
        var decoded = new StringBuilder(end - start);
        var bytes = new List<byte>();
        for (int i = start; i < end; i++)
        {
            if (url[i] != '%')
            {
                decoded.Append(Encoding.UTF8.GetString(bytes.ToArray())).Append(url[i]);
                bytes.Clear();
                continue;
            }
            if (i + 2 >= end || !IsHex(url[i + 1]) || !IsHex(url[i + 2]))
            {
                text = "";
                error = $"mailto: bad %-escape at position {i + 1}";
                return false;
            }
            bytes.Add(Convert.ToByte(url.Substring(i + 1, 2), 16));
            i += 2;
        }
        text = decoded.Append(Encoding.UTF8.GetString(bytes.ToArray())).ToString();
        error = "";
        return true;
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
