using System.Globalization;

namespace MuttSharp.Core.Config.Format;

/// <summary>
/// A Mutt "mbtable" variable ($to_chars, $flag_chars, $crypt_chars, $status_chars): one displayed
/// character per position, where a character may be any grapheme (a CJK ideograph, an emoji).
/// </summary>
internal sealed class CharTable
{
    private readonly string[] _chars;

    public CharTable(string? text)
    {
        var chars = new List<string>();
        if (!string.IsNullOrEmpty(text))
        {
            TextElementEnumerator e = StringInfo.GetTextElementEnumerator(text);
            while (e.MoveNext())
            {
                chars.Add(e.GetTextElement());
            }
        }

        _chars = [.. chars];
    }

    public int Count => _chars.Length;

    /// <summary>The character at <paramref name="index"/>, or a space past the end (as Mutt).</summary>
    public string this[int index] => index >= 0 && index < _chars.Length ? _chars[index] : " ";
}
