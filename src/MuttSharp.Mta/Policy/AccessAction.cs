using System.Globalization;
using MuttSharp.Mta.Config;

namespace MuttSharp.Mta.Policy;

/// <summary>
/// The right-hand side of an access(5) table entry: <c>OK</c>/<c>PERMIT</c>, <c>DUNNO</c>,
/// <c>REJECT [text]</c>, <c>DEFER [text]</c>, or <c>4NN|5NN [x.y.z] text</c>.
/// </summary>
internal static class AccessAction
{
    /// <summary>The verdict (<see cref="PolicyVerdict.Accept"/> for OK), or null for DUNNO.</summary>
    /// <param name="action">The table value.</param>
    /// <param name="subject">The reply prefix: <c>&lt;u@x&gt;: Recipient address rejected</c>.</param>
    /// <param name="codes">The configured reply codes.</param>
    public static PolicyVerdict? Evaluate(string action, string subject, ReplyCodes codes)
    {
        string trimmed = action.Trim();
        int blank = trimmed.IndexOfAny([' ', '\t']);
        string word = (blank < 0 ? trimmed : trimmed[..blank]).ToUpperInvariant();
        string text = blank < 0 ? "" : trimmed[(blank + 1)..].Trim();
        switch (word)
        {
            case "OK" or "PERMIT":
                return PolicyVerdict.Accept;
            case "DUNNO":
                return null;
            case "REJECT":
                return PolicyVerdict.Refuse(codes.RejectCode, "7.1", $"{subject}: {(text.Length > 0 ? text : "Access denied")}");
            case "DEFER":
                return PolicyVerdict.Refuse(codes.DeferCode, "7.1", $"{subject}: {(text.Length > 0 ? text : "Access denied")}");
        }
        if (word.Length == 3 && int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int code) && code is >= 400 and < 600)
        {
            string enhanced = $"{code / 100}.7.1";
            int space = text.IndexOf(' ');
            if (space > 0 && text[0] == word[0] && text[..space].Count(c => c == '.') == 2 && text[..space].All(c => char.IsAsciiDigit(c) || c == '.'))
            {
                enhanced = text[..space];
                text = text[(space + 1)..];
            }
            return new PolicyVerdict(code, enhanced, $"{subject}: {(text.Length > 0 ? text : "Access denied")}");
        }
        return new PolicyVerdict(451, "4.3.5", "Server configuration error");
    }
}
