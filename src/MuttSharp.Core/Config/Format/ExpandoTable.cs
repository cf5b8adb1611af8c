namespace MuttSharp.Core.Config.Format;

/// <summary>
/// The expandos one kind of format string understands ($index_format, $status_format, ...): a table
/// from the letter to a function of the row, as Mutt's format callbacks are, but as data.
/// Letters without an entry are echoed literally (<c>%X</c>), as Mutt does.
/// </summary>
/// <typeparam name="T">What one rendering describes: an index row, the status of a mailbox, an alias...</typeparam>
public sealed class ExpandoTable<T>
{
    private readonly Entry?[] _entries = new Entry?[128];

    /// <summary>The message's own date, with the sender's offset, for <c>%{...}</c> and (converted to local time) <c>%[...]</c>.</summary>
    public Func<T, DateTimeOffset>? SentDate { get; init; }

    /// <summary>When the message arrived, for <c>%(...)</c>.</summary>
    public Func<T, DateTimeOffset>? ReceivedDate { get; init; }

    /// <summary>
    /// Resolves <c>%@name@</c> (Mutt's <c>index-format-hook</c>): the format string to expand in
    /// its place for this row, or null when no hook matches.
    /// </summary>
    public Func<T, string, string?>? Hook { get; init; }

    /// <summary>Adds an expando whose value is text or a number.</summary>
    /// <param name="op">The expando letter.</param>
    /// <param name="value">Computes the value; the second argument is the letter after a two-letter expando's first (<c>%zc</c>), else null.</param>
    /// <param name="isTrue">Overrides the truth used by <c>%?X?...?</c>; by default non-empty or non-zero.</param>
    public ExpandoTable<T> Add(char op, Func<T, string?, ExpandoValue> value, Func<T, bool>? isTrue = null)
    {
        if (op >= _entries.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(op), op, "expando letters are ASCII");
        }

        _entries[op] = new Entry(value, isTrue);
        return this;
    }

    /// <summary>Adds a text expando.</summary>
    public ExpandoTable<T> Text(char op, Func<T, string?> value, Func<T, bool>? isTrue = null) =>
        Add(op, (row, _) => value(row), isTrue);

    /// <summary>Adds a numeric expando.</summary>
    public ExpandoTable<T> Number(char op, Func<T, long> value, Func<T, bool>? isTrue = null) =>
        Add(op, (row, _) => value(row), isTrue);

    /// <summary>
    /// Adds an expando that prints a date with a fixed strftime format (Mutt's <c>%d</c> and
    /// <c>%D</c> with <c>$date_format</c>), in the date's own zone or converted to local time.
    /// </summary>
    public ExpandoTable<T> Date(char op, Func<T, DateTimeOffset> when, string strftimeFormat, bool localZone) =>
        Date(op, when, _ => strftimeFormat, localZone);

    /// <summary>Adds a date expando whose strftime format depends on the row (the browser's ls-style <c>%d</c>).</summary>
    public ExpandoTable<T> Date(char op, Func<T, DateTimeOffset> when, Func<T, string> strftimeFormat, bool localZone)
    {
        Add(op, (_, _) => "", static _ => true);
        _entries[op] = _entries[op]! with { When = when, DateFormat = strftimeFormat, LocalZone = localZone };
        return this;
    }

    internal Entry? Find(char op) => op < _entries.Length ? _entries[op] : null;

    internal sealed record Entry(Func<T, string?, ExpandoValue> Value, Func<T, bool>? IsTrue)
    {
        public Func<T, DateTimeOffset>? When { get; init; }

        public Func<T, string>? DateFormat { get; init; }

        public bool LocalZone { get; init; }
    }
}
