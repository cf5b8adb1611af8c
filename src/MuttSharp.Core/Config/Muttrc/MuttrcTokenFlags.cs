namespace MuttSharp.Core.Config.Muttrc;

/// <summary>How a token ends and what is taken literally, as the flags of Mutt's token extractor.</summary>
[Flags]
internal enum MuttrcTokenFlags
{
    /// <summary>Whitespace, <c>;</c> and <c>#</c> end the token; quotes are removed.</summary>
    None = 0,

    /// <summary>An unquoted <c>=</c> ends the token (variable names in <c>set</c>).</summary>
    Equal = 1,

    /// <summary>Whitespace does not end the token (the rest of the command is one argument).</summary>
    Space = 2,

    /// <summary>Quote characters are kept as ordinary characters.</summary>
    Quote = 4,

    /// <summary>An unquoted <c>?</c> ends the token.</summary>
    Question = 8,

    /// <summary>An unquoted <c>+</c> ends the token (NeoMutt's <c>+=</c>).</summary>
    Plus = 16,

    /// <summary>An unquoted <c>-</c> ends the token (NeoMutt's <c>-=</c>).</summary>
    Minus = 32,
}
