namespace MuttSharp.Core.Mailcap;

/// <summary>A mailcap command ready to run on one part: the entry chosen, the command expanded, the part in its temporary file.</summary>
/// <param name="Entry">The entry whose <c>test</c> passed.</param>
/// <param name="Command">The expanded command.</param>
/// <param name="File">The part's content; removed when this is disposed.</param>
public sealed record MailcapInvocation(MailcapEntry Entry, MailcapCommand Command, MailcapTempFile File) : IDisposable
{
    /// <summary>Removes the temporary file.</summary>
    public void Dispose() => File.Dispose();
}
