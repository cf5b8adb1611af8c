using MuttSharp.Core.Model;

namespace MuttSharp.Core.Mbox;

/// <summary>One message of an mbox file.</summary>
/// <param name="Offset">Byte offset of its first header line (just after the <c>From </c> line).</param>
/// <param name="Length">Bytes from <paramref name="Offset"/> to the end of the message.</param>
/// <param name="Summary">Its header summary; the received time is the date of the <c>From </c> line.</param>
/// <param name="Flags">Flags from its <c>Status:</c> and <c>X-Status:</c> fields.</param>
public readonly record struct MboxMessage(long Offset, long Length, MessageSummary Summary, MessageFlags Flags);
