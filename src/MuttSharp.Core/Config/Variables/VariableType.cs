namespace MuttSharp.Core.Config.Variables;

/// <summary>The value type of a configuration variable, as Mutt's <c>init.h</c> types them.</summary>
public enum VariableType
{
    /// <summary><c>set</c> / <c>unset</c>; shown as <c>name is set</c>.</summary>
    Boolean,

    /// <summary><c>yes</c>, <c>no</c>, <c>ask-yes</c>, <c>ask-no</c>.</summary>
    Quad,

    /// <summary>A signed integer.</summary>
    Number,

    /// <summary>Free text (format strings, commands, character tables).</summary>
    String,

    /// <summary>A file or mailbox path: <c>~</c>, <c>+</c>, <c>=</c> are expanded when set.</summary>
    Path,

    /// <summary>A regular expression, validated when set; a leading <c>!</c> negates where Mutt allows it.</summary>
    Regex,

    /// <summary>A sort method with optional <c>reverse-</c> and <c>last-</c> prefixes.</summary>
    Sort,

    /// <summary>An RFC 5322 address.</summary>
    Address,

    /// <summary>A mailbox format name: <c>mbox</c>, <c>MMDF</c>, <c>MH</c>, <c>Maildir</c>.</summary>
    Magic,
}
