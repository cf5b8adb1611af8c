using System.Text;

namespace MuttSharp.Core.Config.Muttrc;

/// <summary>
/// A cursor over the text of one muttrc line that hands out tokens as Mutt's token extractor does:
/// single quotes are literal; double quotes and bare text decode backslash escapes, expand
/// <c>$VAR</c>/<c>${VAR}</c> and run backticks. An unquoted backtick's output is read again as muttrc
/// text (so it can produce several tokens); a quoted one's is inserted as is.
/// </summary>
internal sealed class MuttrcArguments
{
    private readonly MuttrcInterpreter _interpreter;
    private readonly Queue<string> _backtickOutputs;
    private string _text;
    private int _pos;

    /// <param name="interpreter">Resolves <c>$name</c>.</param>
    /// <param name="text">The line.</param>
    /// <param name="backtickOutputs">The first output line of each backtick command of the line, run beforehand in order.</param>
    public MuttrcArguments(MuttrcInterpreter interpreter, string text, Queue<string> backtickOutputs)
    {
        _interpreter = interpreter;
        _text = text;
        _backtickOutputs = backtickOutputs;
    }

    /// <summary>The first error met (mismatched backticks), or null.</summary>
    public string? Error { get; private set; }

    /// <summary>True when there is text left before the end of the command (<c>;</c>, <c>#</c> or end of line).</summary>
    public bool MoreArgs
    {
        get
        {
            SkipWhitespace();
            return _pos < _text.Length && _text[_pos] != ';' && _text[_pos] != '#';
        }
    }

    /// <summary>True when the whole line has been consumed or only a comment remains.</summary>
    public bool AtEnd
    {
        get
        {
            SkipWhitespace();
            return _pos >= _text.Length || _text[_pos] == '#';
        }
    }

    /// <summary>The next character without consuming it, or <c>'\0'</c> at the end.</summary>
    public char Peek => _pos < _text.Length ? _text[_pos] : '\0';

    /// <summary>Consumes one character (a <c>;</c> between commands, an <c>=</c> after a name).</summary>
    public void Skip(int count = 1) => _pos = Math.Min(_text.Length, _pos + count);

    /// <summary>The raw text left, from the cursor to the end of the line.</summary>
    public string Remaining => _text[_pos..];

    /// <summary>Every remaining token of this command.</summary>
    public List<string> RemainingTokens()
    {
        var tokens = new List<string>();
        while (MoreArgs)
            tokens.Add(Next());
        return tokens;
    }

    /// <summary>Extracts the next token.</summary>
    public string Next(MuttrcTokenFlags flags = MuttrcTokenFlags.None)
    {
        var token = new StringBuilder();
        SkipWhitespace();
        char quote = '\0';
        while (_pos < _text.Length)
        {
            char ch = _text[_pos];
            if (quote == '\0' && EndsToken(ch, flags))
                break;
            _pos++;
            if (quote != '\0' && ch == quote)
                quote = '\0';
            else if (quote == '\0' && ch is '\'' or '"' && (flags & MuttrcTokenFlags.Quote) == 0)
                quote = ch;
            else if (ch == '\\' && quote != '\'')
                DecodeEscape(token);
            else if (ch == '`' && quote != '\'')
                RunBacktick(token, quote != '\0');
            else if (ch == '$' && quote != '\'' && _pos < _text.Length && (_text[_pos] == '{' || char.IsAsciiLetter(_text[_pos])))
                ExpandVariable(token);
            else
                token.Append(ch);
        }
        SkipWhitespace();
        return token.ToString();
    }

    private static bool EndsToken(char ch, MuttrcTokenFlags flags) =>
        (char.IsWhiteSpace(ch) && (flags & MuttrcTokenFlags.Space) == 0)
        || ch == '#' || ch == ';'
        || (ch == '=' && (flags & MuttrcTokenFlags.Equal) != 0)
        || (ch == '?' && (flags & MuttrcTokenFlags.Question) != 0)
        || (ch == '+' && (flags & MuttrcTokenFlags.Plus) != 0)
        || (ch == '-' && (flags & MuttrcTokenFlags.Minus) != 0);

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
            _pos++;
    }

    /// <summary>After a backslash: <c>\Cx</c> control, <c>\n \r \t \f \e</c>, three-digit octal, else the character itself.</summary>
    private void DecodeEscape(StringBuilder token)
    {
        if (_pos >= _text.Length)
            return;
        char ch = _text[_pos++];
        switch (ch)
        {
            case 'c' or 'C':
                if (_pos < _text.Length)
                    token.Append((char)((char.ToUpperInvariant(_text[_pos++]) - '@') & 0x7f));
                return;
            case 'n': token.Append('\n'); return;
            case 'r': token.Append('\r'); return;
            case 't': token.Append('\t'); return;
            case 'f': token.Append('\f'); return;
            case 'e': token.Append('\u001b'); return;
        }
        if (IsOctal(ch) && _pos + 1 < _text.Length && IsOctal(_text[_pos]) && IsOctal(_text[_pos + 1]))
        {
            token.Append((char)(((ch - '0') << 6) + ((_text[_pos] - '0') << 3) + (_text[_pos + 1] - '0')));
            _pos += 2;
            return;
        }
        token.Append(ch);
    }

    private static bool IsOctal(char c) => c is >= '0' and <= '7';

    /// <summary><c>$name</c> or <c>${name}</c>: an environment variable, a <c>$my_</c> variable, or a Mutt variable's value.</summary>
    private void ExpandVariable(StringBuilder token)
    {
        string name;
        if (_text[_pos] == '{')
        {
            int close = _text.IndexOf('}', _pos);
            if (close < 0)
            {
                token.Append('$');
                return;
            }
            name = _text[(_pos + 1)..close];
            _pos = close + 1;
        }
        else
        {
            int start = _pos;
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] == '_'))
                _pos++;
            name = _text[start.._pos];
        }
        token.Append(_interpreter.LookupVariable(name));
    }

    /// <summary>Replaces a backtick command by the first line of its output (run beforehand).</summary>
    private void RunBacktick(StringBuilder token, bool quoted)
    {
        int close = FindClosingBacktick(_text, _pos);
        if (close < 0 || !_backtickOutputs.TryDequeue(out string? output))
        {
            Error ??= "mismatched backticks";
            _pos = _text.Length;
            return;
        }
        _pos = close + 1;
        if (quoted)
        {
            token.Append(output);
            return;
        }
        // Unquoted output is spliced into the line and read again, as Mutt does; backticks in the
        // output stay literal so that a command's output never runs as another command.
        _text = output.Replace("`", "\\`", StringComparison.Ordinal) + _text[_pos..];
        _pos = 0;
    }

    /// <summary>The index of the backtick closing one opened just before <paramref name="start"/>, skipping escaped characters; -1 if none.</summary>
    internal static int FindClosingBacktick(string text, int start)
    {
        for (int i = start; i < text.Length; i++)
        {
            if (text[i] == '\\')
                i++;
            else if (text[i] == '`')
                return i;
        }
        return -1;
    }
}
