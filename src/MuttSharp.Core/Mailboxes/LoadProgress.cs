namespace MuttSharp.Core.Mailboxes;

/// <summary>How far the opening of a mailbox has got, for a line like <c>Reading +INBOX... 5000/100000</c>.</summary>
/// <param name="Path">The mailbox being read.</param>
/// <param name="Done">Messages summarised so far (from the cache or the file).</param>
/// <param name="Total">Messages found by the scan; 0 while still scanning.</param>
public readonly record struct LoadProgress(string Path, int Done, int Total);
