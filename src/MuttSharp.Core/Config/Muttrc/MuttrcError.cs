namespace MuttSharp.Core.Config.Muttrc;

/// <summary>One error met while reading configuration; reading goes on after it.</summary>
/// <param name="Source">The file (as it was named), <c>command line</c> for <c>-e</c>, or null for a hook or the prompt.</param>
/// <param name="Line">The 1-based line number, 0 when the source is not a file.</param>
/// <param name="Message">What was wrong, worded as Mutt words it (e.g. <c>foo: unknown variable</c>).</param>
public sealed record MuttrcError(string? Source, int Line, string Message)
{
    /// <summary>The line as Mutt prints it: <c>Error in /path/muttrc, line 3: foo: unknown variable</c>.</summary>
    public override string ToString() => Source is null ? Message : Line > 0 ? $"Error in {Source}, line {Line}: {Message}" : $"Error in {Source}: {Message}";
}
