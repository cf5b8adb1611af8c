namespace MuttSharp.Core.Config.Format;

/// <summary>
/// What one expando produces: text (formatted in terminal cells) or a number (formatted as printf's
/// <c>%d</c>). Its truth, for <c>%?X?...?</c>, is "non-empty" or "non-zero" unless the table says otherwise.
/// </summary>
public readonly struct ExpandoValue
{
    private ExpandoValue(string? text, long number)
    {
        Text = text;
        Number = number;
    }

    /// <summary>The text, or null when this is a number.</summary>
    public string? Text { get; }

    /// <summary>The number, when <see cref="Text"/> is null.</summary>
    public long Number { get; }

    public bool IsNumber => Text is null;

    /// <summary>Mutt's test for an optional expando: a non-zero number or a non-empty string.</summary>
    public bool IsTrue => Text is null ? Number != 0 : Text.Length > 0;

    public static implicit operator ExpandoValue(string? text) => new(text ?? "", 0);

    public static implicit operator ExpandoValue(long number) => new(null, number);

    public static implicit operator ExpandoValue(int number) => new(null, number);
}
