using System.Text.RegularExpressions;

namespace MuttSharp.Mta.Tables;

/// <summary>
/// <c>regexp:/file</c>, as regexp_table(5): each line is <c>/pattern/flags result</c>; the first
/// matching pattern wins; <c>$1</c>... in the result are the captured groups. Patterns match without
/// regard to case unless the <c>i</c> flag toggles it off; <c>!/pattern/</c> matches when the pattern
/// does not. Lines that cannot be read are warned about with their line number and skipped.
/// </summary>
public sealed class RegexpTable : ILookupTable
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);
    private readonly string path;
    private readonly Action<string> warn;
    private (DateTime Stamp, IReadOnlyList<(Regex Pattern, bool Negated, string Result)> Rules)? snapshot;

    /// <param name="path">The pattern file.</param>
    /// <param name="warn">Receives bad-line warnings.</param>
    public RegexpTable(string path, Action<string> warn)
    {
        this.path = path;
        this.warn = warn;
        Name = "regexp:" + path;
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public async ValueTask<string?> LookupAsync(string key, CancellationToken cancellationToken)
    {
        var stamp = File.GetLastWriteTimeUtc(path);
        if (snapshot is not { } current || current.Stamp != stamp)
        {
            current = (stamp, await LoadAsync(cancellationToken).ConfigureAwait(false));
            snapshot = current;
        }
        foreach (var (pattern, negated, result) in current.Rules)
        {
            Match match;
            try
            {
                match = pattern.Match(key);
            }
            catch (RegexMatchTimeoutException)
            {
                warn($"{path}: pattern {pattern} timed out on \"{key}\"; treated as no match");
                continue;
            }
            if (match.Success != negated)
                return negated ? result : match.Result(result);
        }
        return null;
    }

    private async Task<IReadOnlyList<(Regex, bool, string)>> LoadAsync(CancellationToken cancellationToken)
    {
        var rules = new List<(Regex, bool, string)>();
        string[] lines;
        try
        {
            lines = await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warn($"open {Name}: {e.Message}");
            return rules;
        }
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line[0] == '#')
                continue;
            if (TryParseRule(line, out var rule, out string error))
                rules.Add(rule);
            else
                warn($"{path}, line {i + 1}: {error}");
        }
        return rules;
    }

    // [!]/pattern/flags result
    private static bool TryParseRule(string line, out (Regex, bool, string) rule, out string error)
    {
        rule = default;
        bool negated = line.StartsWith('!');
        string text = negated ? line[1..] : line;
        if (text.Length < 2 || text[0] != '/')
        {
            error = "expected /pattern/ at the start of the line (if/endif are not supported)";
            return false;
        }
        int close = text.IndexOf('/', 1);
        while (close > 0 && text[close - 1] == '\\')
            close = text.IndexOf('/', close + 1);
        if (close < 0)
        {
            error = "missing '/' after the pattern";
            return false;
        }
        string pattern = text[1..close];
        int pos = close + 1;
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        while (pos < text.Length && !char.IsWhiteSpace(text[pos]))
        {
            if (text[pos] == 'i')
                options ^= RegexOptions.IgnoreCase;
            else if (text[pos] == 'x')
                options |= RegexOptions.IgnorePatternWhitespace;
            else if (text[pos] != 'm')
            {
                error = $"unknown flag '{text[pos]}': expected i, m or x";
                return false;
            }
            pos++;
        }
        string result = text[pos..].Trim();
        if (result.Length == 0)
        {
            error = "expected a result after the pattern";
            return false;
        }
        try
        {
            rule = (new Regex(pattern, options, MatchTimeout), negated, result);
        }
        catch (ArgumentException e)
        {
            error = $"bad pattern /{pattern}/: {e.Message}";
            return false;
        }
        error = "";
        return true;
    }
}
