using System.Text;

namespace MuttSharp.Core.Config;

/// <summary>The backslash escapes Mutt uses when it prints a string value (<c>-D</c>, <c>-Q</c>) and in the variable table.</summary>
internal static class MuttString
{
    /// <summary>Characters printed as a two-character escape, and the letter used.</summary>
    private static readonly Dictionary<char, char> Escapes = new()
    {
        ['\\'] = '\\', ['"'] = '"', ['\n'] = 'n', ['\t'] = 't', ['\r'] = 'r', ['\f'] = 'f', ['\u001b'] = 'e',
    };

    private static readonly Dictionary<char, char> Unescapes = Escapes.ToDictionary(pair => pair.Value, pair => pair.Key);

    /// <summary>The value between double quotes as Mutt's <c>-Q</c> prints it.</summary>
    public static string Escape(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            if (Escapes.TryGetValue(c, out char letter))
                builder.Append('\\').Append(letter);
            else
                builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Reverses <see cref="Escape"/>; an unknown escape keeps the character after the backslash.</summary>
    public static string Unescape(string value)
    {
        if (!value.Contains('\\'))
            return value;
        var builder = new StringBuilder(value.Length);
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '\\' && i + 1 < value.Length)
            {
                char next = value[++i];
                builder.Append(Unescapes.TryGetValue(next, out char decoded) ? decoded : next);
            }
            else
            {
                builder.Append(value[i]);
            }
        }
        return builder.ToString();
    }
}
