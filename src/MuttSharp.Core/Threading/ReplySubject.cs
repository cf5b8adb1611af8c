using System.Text.RegularExpressions;

namespace MuttSharp.Core.Threading;

/// <summary>
/// Mutt's <c>$reply_regexp</c>: finds the "real" subject of a message by removing a reply prefix
/// such as <c>Re:</c> or <c>RE[2]:</c>. Threading compares real subjects, and the subject sort
/// orders by them.
/// </summary>
public sealed class ReplySubject
{
    // A hostile subject must not stall threading; a pattern that backtracks badly gives up here.
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private readonly Regex _regex;

    private ReplySubject(Regex regex, string pattern)
    {
        _regex = regex;
        Pattern = pattern;
    }

    /// <summary>Mutt's default <c>^(re)(\[[0-9]+\])*:[ \t]*</c>, case-insensitive.</summary>
    public static ReplySubject Default { get; } = Create(ThreadOptions.DefaultReplyRegexp);

    /// <summary>The pattern as the user wrote it.</summary>
    public string Pattern { get; }

    /// <summary>
    /// Compiles a <c>$reply_regexp</c>. As for every Mutt regular-expression variable, a pattern
    /// without upper-case letters matches case-insensitively.
    /// </summary>
    public static bool TryCreate(string pattern, out ReplySubject subject, out string error)
    {
        var options = RegexOptions.CultureInvariant;
        if (!pattern.Any(char.IsUpper))
            options |= RegexOptions.IgnoreCase;
        try
        {
            subject = new ReplySubject(new Regex(pattern, options, MatchTimeout), pattern);
            error = "";
            return true;
        }
        catch (ArgumentException e)
        {
            subject = Default;
            error = $"reply_regexp: {e.Message}";
            return false;
        }
    }

    /// <summary>
    /// The subject with its reply prefix removed (what Mutt calls the real subject), or null when
    /// the message has no subject. <paramref name="hadPrefix"/> tells whether a prefix was removed,
    /// which <c>$sort_re</c> needs.
    /// </summary>
    public string? Strip(string subject, out bool hadPrefix)
    {
        hadPrefix = false;
        if (subject.Length == 0)
            return null;
        Match match;
        try
        {
            match = _regex.Match(subject);
        }
        catch (RegexMatchTimeoutException)
        {
            return subject;
        }
        if (!match.Success || match.Length == 0)
            return subject;
        hadPrefix = true;
        string rest = subject[(match.Index + match.Length)..];
        return rest.Length == 0 ? null : rest;
    }

    private static ReplySubject Create(string pattern) =>
        TryCreate(pattern, out var subject, out string error) ? subject : throw new InvalidOperationException(error);
}
