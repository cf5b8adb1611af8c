using System.Text;
using MuttSharp.Core.Model;

namespace MuttSharp.Core.Config.Format;

/// <summary>Address lists written for display as Mutt's <c>rfc822_write_address</c> writes them.</summary>
public static class AddressText
{
    private const string Specials = "()<>@,;:\\\".[]";

    /// <summary><c>Name &lt;addr&gt;, "Last, First" &lt;addr2&gt;</c>: names quoted when they hold RFC 5322 specials.</summary>
    public static string Write(IReadOnlyList<MailAddress> addresses)
    {
        if (addresses.Count == 0)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (MailAddress a in addresses)
        {
            if (sb.Length > 0)
            {
                sb.Append(", ");
            }

            if (a.Name.Length == 0)
            {
                sb.Append(a.Address);
                continue;
            }

            if (a.Name.AsSpan().IndexOfAny(Specials) >= 0)
            {
                sb.Append('"');
                foreach (char c in a.Name)
                {
                    if (c is '"' or '\\')
                    {
                        sb.Append('\\');
                    }

                    sb.Append(c);
                }

                sb.Append('"');
            }
            else
            {
                sb.Append(a.Name);
            }

            if (a.Address.Length > 0)
            {
                sb.Append(" <").Append(a.Address).Append('>');
            }
        }

        return sb.ToString();
    }

    /// <summary>The text before the first of <paramref name="stops"/>, as Mutt cuts <c>%u</c>, <c>%v</c> and <c>%O</c>.</summary>
    public static string CutAt(string text, string stops)
    {
        int i = text.AsSpan().IndexOfAny(stops);
        return i < 0 ? text : text[..i];
    }
}
