using MuttSharp.Core.Search;

namespace MuttSharp.Core.Reading.Session;

public sealed partial class ReaderSession
{
    // Patterns that mean "no limit" at Mutt's limit prompt.
    private static readonly string[] ShowAll = ["all", "~A", "."];

    private bool[]? keep;
    private Pattern? limitPattern;
    private string? limitText;
    private long limitedSize;

    /// <summary>The limit in force as typed (Mutt's <c>%V</c>), or null when every message is shown.</summary>
    public string? LimitPattern => limitText;

    /// <summary>
    /// Mutt's <c>limit</c> (<c>l</c>): shows only the messages <paramref name="text"/> matches;
    /// <c>all</c> or <c>~A</c> shows every message again. The cursor stays on its message when
    /// that is still shown. An empty text changes nothing, as when the prompt is left empty.
    /// </summary>
    public Task<SessionResult> LimitAsync(string text, IProgress<PatternSearchProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        ExclusiveAsync(() => LimitCoreAsync(text, progress, cancellationToken), cancellationToken);

    private async Task<SessionResult> LimitCoreAsync(string text, IProgress<PatternSearchProgress>? progress, CancellationToken cancellationToken)
    {
        text = text.Trim();
        if (text.Length == 0)
            return SessionResult.None;
        if (Array.IndexOf(ShowAll, text) >= 0)
        {
            await ApplyLimitAsync(null, null, null, 0, cancellationToken).ConfigureAwait(false);
            return SessionResult.None;
        }
        if (!TryCompile(text, out var pattern, out var error))
            return error;
        var result = await PatternSearch.FilterAsync(mailbox.Messages, pattern, PatternContext(NeedsThreads(text)), progress, cancellationToken)
            .ConfigureAwait(false);
        var matched = result.Matched.ToArray();
        long size = 0;
        foreach (var m in result.Matches)
            size += m.Summary.Size;
        await ApplyLimitAsync(matched, pattern, text, size, cancellationToken).ConfigureAwait(false);
        return result.Matches.Count == 0 && mailbox.Messages.Count > 0
            ? SessionResult.Error("No messages matched criteria.")
            : SessionResult.None;
    }

    /// <summary>Mutt's <c>show-limit</c> (<c>Esc l</c>).</summary>
    public SessionResult ShowLimit() =>
        limitText is null ? SessionResult.Info("No limit pattern is in effect.") : SessionResult.Info($"Limit: {limitText}");

    private async Task ApplyLimitAsync(bool[]? newKeep, Pattern? pattern, string? text, long size, CancellationToken cancellationToken)
    {
        int before = cursorMessage;
        var built = await Task.Run(() => BuildSnapshot(mailbox, newKeep), cancellationToken).ConfigureAwait(false);
        keep = newKeep;
        limitPattern = pattern;
        limitText = text;
        limitedSize = size;
        snapshot = built;
        if (before < 0 || built.Order.NearestRowOf(before) < 0)
            cursorMessage = FirstMessageRow() is int row and >= 0 ? built.Order.MessageAt(row) : -1;
    }

    /// <summary>Compiles what the user typed, with <c>$simple_search</c> for plain words.</summary>
    private bool TryCompile(string text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Pattern? pattern, out SessionResult error)
    {
        if (PatternParser.TryParse(text, settings.Patterns(), out pattern, out var patternError) && pattern is not null)
        {
            error = SessionResult.None;
            return true;
        }
        error = SessionResult.Error(patternError?.ToString() ?? "Error in pattern.");
        pattern = null;
        return false;
    }

    /// <summary>Thread patterns (<c>~(P)</c>, <c>~&lt;(P)</c>, <c>~&gt;(P)</c>), <c>~=</c> and <c>~$</c> need the thread tree even when not sorted by threads.</summary>
    private static bool NeedsThreads(string text) => text.AsSpan().IndexOfAny("(=$") >= 0;
}
