using System.Text.RegularExpressions;
using MuttSharp.Core.Model;

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

    private static ReplySubject? _lastCustom;

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
        // Compiled: it runs once per message of every folder opened.
        var options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
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
    /// The compiled form of <paramref name="pattern"/>, reused while the setting does not change;
    /// Mutt's default when the pattern does not compile (the configuration engine reports that
    /// through <see cref="TryCreate"/>).
    /// </summary>
    public static ReplySubject For(string pattern)
    {
        if (pattern == ThreadOptions.DefaultReplyRegexp)
            return Default;
        var last = _lastCustom;
        if (last?.Pattern == pattern)
            return last;
        var created = TryCreate(pattern, out var subject, out _) ? subject : Default;
        _lastCustom = created;
        return created;
    }

    /// <summary>
    /// Strips every message's subject, in parallel; one slot per message in each array. A subject
    /// recurs in every message of its thread, so each distinct one is matched once and its real
    /// subject shared, rather than matched and copied again for each reply. Summaries of one open
    /// share one string per distinct subject (the header cache and the string pool see to it), so
    /// the subjects are told apart by reference, which costs no hashing of their text; an equal
    /// subject held in another string is only matched once more.
    /// </summary>
    public void StripAll(IReadOnlyList<Message> messages, string?[] realSubjects, bool[] hadPrefix)
    {
        const int Chunk = 16384;
        Parallel.For(0, (messages.Count + Chunk - 1) / Chunk, chunk =>
        {
            var stripped = new Dictionary<string, (string? Real, bool HadPrefix)>(ReferenceEqualityComparer.Instance);
            int end = Math.Min(messages.Count, (chunk + 1) * Chunk);
            for (int i = chunk * Chunk; i < end; i++)
            {
                string subject = messages[i].Summary.Subject;
                if (!stripped.TryGetValue(subject, out var known))
                {
                    known = (Strip(subject, out bool had), had);
                    stripped.Add(subject, known);
                }
                (realSubjects[i], hadPrefix[i]) = known;
            }
        });
    }

    /// <summary>
    /// The subject with its reply prefix removed (what Mutt calls the real subject; empty for a
    /// bare prefix), or null when the message has no subject. <paramref name="hadPrefix"/> tells whether a prefix was removed,
    /// which <c>$sort_re</c> needs.
    /// </summary>
    public string? Strip(string subject, out bool hadPrefix)
    {
        hadPrefix = false;
        if (subject.Length == 0)
            return null;
        int end = -1;
        try
        {
            foreach (var match in _regex.EnumerateMatches(subject))
            {
                end = match.Length > 0 ? match.Index + match.Length : -1;
                break;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            return subject;
        }
        if (end < 0)
            return subject;
        hadPrefix = true;
        // A bare "Re:" keeps an empty real subject, as in Mutt: such replies still group together.
        return subject[end..];
    }

    private static ReplySubject Create(string pattern) =>
        TryCreate(pattern, out var subject, out string error) ? subject : throw new InvalidOperationException(error);
}
