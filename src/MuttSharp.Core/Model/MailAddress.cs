namespace MuttSharp.Core.Model;

/// <summary>
/// One mailbox from an address header, decoded: the display name (RFC 2047/2231 decoded, may be
/// empty) and the addr-spec. Kept as two strings rather than MimeKit objects so that 100k summaries
/// stay small.
/// </summary>
/// <param name="Name">The decoded display name, or an empty string.</param>
/// <param name="Address">The addr-spec (<c>local@domain</c>), or an empty string for a bare group.</param>
public sealed record MailAddress(string Name, string Address)
{
    /// <summary>The name when there is one, else the address; what Mutt's <c>%n</c>/<c>%L</c> fall back to.</summary>
    public string DisplayName => Name.Length > 0 ? Name : Address;

    /// <summary>RFC 5322 form for display: <c>Name &lt;addr&gt;</c> or the bare address.</summary>
    public override string ToString() => Name.Length > 0 ? $"{Name} <{Address}>" : Address;
}
