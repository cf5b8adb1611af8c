namespace MuttSharp.Core.Model;

/// <summary>A message file that could not be read or changed, and why; reported, never fatal.</summary>
/// <param name="Path">The file (or directory) concerned.</param>
/// <param name="Reason">What went wrong, for the user.</param>
public sealed record MailboxError(string Path, string Reason)
{
    /// <summary><c>path: reason</c>, the form Mutt's messages take.</summary>
    public override string ToString() => $"{Path}: {Reason}";
}
