namespace MuttSharp.Mta.Policy;

/// <summary>Whether a recipient in one of our domains exists, and if not, which table said so.</summary>
/// <param name="Class">The class of the recipient's domain.</param>
/// <param name="Known">True when a table lists the recipient (or the class needs no listing).</param>
/// <param name="TableDescription">For an unknown recipient, Postfix's name of the table: <c>local recipient table</c>, <c>virtual alias table</c>...</param>
/// <param name="RejectCode">For an unknown recipient, the configured code (<c>unknown_local_recipient_reject_code</c>, ...).</param>
public sealed record RecipientLookup(DomainClass Class, bool Known, string TableDescription = "", int RejectCode = 0);
