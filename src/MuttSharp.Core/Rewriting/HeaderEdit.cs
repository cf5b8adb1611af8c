namespace MuttSharp.Core.Rewriting;

/// <summary>
/// One header field to set or remove when a message's header block is rewritten: every field of that
/// name goes, and the new one takes the place of the first (or ends the block when there was none).
/// </summary>
/// <param name="Name">The field name, e.g. <c>X-Label</c>; matched without regard to case.</param>
/// <param name="Value">The unfolded value as it is to be written (already RFC 2047 encoded where needed); null or empty removes the field.</param>
public sealed record HeaderEdit(string Name, string? Value);
