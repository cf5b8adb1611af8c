namespace MuttSharp.Core.Config.Muttrc;

/// <summary>A hook as written: which kind, the pattern or regex that selects it, and the command it runs.</summary>
/// <param name="Kind">The hook command, e.g. <c>folder-hook</c>, <c>send-hook</c>, <c>charset-hook</c>.</param>
/// <param name="Pattern">The regex or Mutt pattern as written (a leading <c>!</c> negates).</param>
/// <param name="Command">The muttrc command to run (or, for <c>save-hook</c>, <c>fcc-hook</c>, <c>mbox-hook</c>, the mailbox; for <c>charset-hook</c>/<c>iconv-hook</c>, the charset; for <c>index-format-hook</c>, the format).</param>
/// <param name="Name">For <c>index-format-hook</c>: the name used as <c>%@name@</c>; otherwise null.</param>
public sealed record MuttrcHook(string Kind, string Pattern, string Command, string? Name = null);
