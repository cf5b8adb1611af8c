using System.Collections.Concurrent;
using System.Text;
using MuttSharp.Core.Text;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// A Mutt format string ($index_format, $status_format, $attribution, ...) compiled once and then
/// rendered for any number of rows. Rendering is a walk over nodes with one delegate call per
/// expando: no parsing and no regular expression per row.
/// </summary>
/// <example>
/// <code>
/// var format = FormatString.Get("%4C %Z %{%b %d} %-15.15L (%?l?%4l&amp;%4c?) %s");
/// string line = format.Render(IndexExpandos.Create(settings), row, options);
/// </code>
/// </example>
public sealed class FormatString
{
    /// <summary>Compiled formats kept by <see cref="Get"/>; a handful in practice, bounded against abuse.</summary>
    private const int CacheLimit = 512;

    private static readonly ConcurrentDictionary<string, FormatString> Cache = new(StringComparer.Ordinal);

    private FormatString(string text, FormatNode[] nodes, FormatString[]? filterWords, FormatError? error)
    {
        Text = text;
        Nodes = nodes;
        FilterWords = filterWords;
        Error = error;
    }

    /// <summary>The format as written.</summary>
    public string Text { get; }

    /// <summary>The first malformed construct, or null. A malformed format still renders what precedes it, as Mutt's does.</summary>
    public FormatError? Error { get; }

    /// <summary>
    /// True when the format ends in an unescaped <c>|</c>: it is then a command whose output is
    /// displayed, and must be rendered with <see cref="RenderAsync{T}"/>.
    /// </summary>
    public bool HasFilter => FilterWords is not null;

    internal FormatNode[] Nodes { get; }

    internal FormatString[]? FilterWords { get; }

    /// <summary>
    /// Compiles <paramref name="text"/>. Always yields a usable <paramref name="format"/>; returns
    /// false, with the position and what was expected in <paramref name="error"/>, when part of it
    /// is malformed (that part and what follows render as nothing, as in Mutt).
    /// </summary>
    public static bool TryParse(string text, out FormatString format, out FormatError? error)
    {
        format = Compile(text);
        error = format.Error;
        return error is null;
    }

    /// <summary>The compiled form of <paramref name="text"/>, from a process-wide cache.</summary>
    public static FormatString Get(string text)
    {
        if (Cache.TryGetValue(text, out FormatString? format))
        {
            return format;
        }

        if (Cache.Count >= CacheLimit)
        {
            Cache.Clear();
        }

        return Cache.GetOrAdd(text, Compile);
    }

    /// <summary>
    /// Expands the format for <paramref name="row"/>. Text from the row is sanitised for the
    /// terminal; widths are in cells. Throws <see cref="InvalidOperationException"/> for a filter
    /// format, which runs a command and so is only rendered by <see cref="RenderAsync{T}"/>.
    /// </summary>
    public string Render<T>(ExpandoTable<T> table, T row, FormatOptions? options = null)
    {
        if (HasFilter)
        {
            throw new InvalidOperationException("A format ending in '|' runs a command; render it with RenderAsync.");
        }

        // One builder per thread serves every row; a re-entrant call (a table calling Render) gets its own.
        StringBuilder sb = t_builder ?? new StringBuilder(256);
        t_builder = null;
        try
        {
            sb.Clear();
            new FormatRenderer<T>(table, row, options ?? FormatOptions.Default).Render(Nodes, sb, 0);
            return sb.ToString();
        }
        finally
        {
            if (sb.Capacity <= 4096)
            {
                t_builder = sb;
            }
        }
    }

    [ThreadStatic]
    private static StringBuilder? t_builder;

    /// <summary>
    /// Expands the format for <paramref name="row"/>, running it as a filter when it ends in
    /// <c>|</c>: each word before the bar is expanded on its own and becomes one argument of the
    /// command (no shell); the command's output, sanitised, is the result, and when it ends in a
    /// single <c>%</c> it is expanded once more as a format. A command that fails or outlives
    /// <see cref="FormatOptions.FilterTimeout"/> yields an empty string.
    /// </summary>
    public async Task<string> RenderAsync<T>(ExpandoTable<T> table, T row, FormatOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= FormatOptions.Default;
        if (FilterWords is null)
        {
            return Render(table, row, options);
        }

        var argv = new List<string>(FilterWords.Length);
        foreach (FormatString word in FilterWords)
        {
            argv.Add(word.Render(table, row, options));
        }

        string output = await FormatFilter.RunAsync(argv, options.FilterTimeout, cancellationToken).ConfigureAwait(false);
        if (output.EndsWith('%'))
        {
            output = output[..^1];
            if (output.Length > 0 && !output.EndsWith('%'))
            {
                // The filter produced expandos for us to expand; a second filter is not run.
                FormatString again = Compile(TerminalText.Sanitize(output), allowFilter: false);
                return again.Render(table, row, options);
            }
        }

        return TerminalText.Sanitize(output);
    }

    /// <summary>The format as written.</summary>
    public override string ToString() => Text;

    private static FormatString Compile(string text) => Compile(text, allowFilter: true);

    private static FormatString Compile(string text, bool allowFilter)
    {
        if (allowFilter && EndsWithFilterBar(text))
        {
            List<string> words = FormatFilter.SplitWords(text[..^1]);
            FormatError? wordError = null;
            var compiled = new FormatString[words.Count];
            for (int i = 0; i < words.Count; i++)
            {
                compiled[i] = Compile(words[i], allowFilter: false);
                wordError ??= compiled[i].Error;
            }

            if (words.Count == 0)
            {
                wordError = new FormatError(text.Length - 1, "expected a command before the filter '|'");
            }

            return new FormatString(text, [], compiled, wordError);
        }

        FormatNode[] nodes = FormatParser.Parse(text, out FormatError? error);
        return new FormatString(text, nodes, null, error);
    }

    // The bar is a filter only when an even number of backslashes precede it.
    private static bool EndsWithFilterBar(string text)
    {
        if (text.Length < 2 || text[^1] != '|')
        {
            return false;
        }

        int backslashes = 0;
        for (int i = text.Length - 2; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 0;
    }
}
