using MuttSharp.Core.Config.Colors;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// Unflowed text as pager lines: each line made safe (or, under <c>$allow_ansi</c>, its SGR colours kept
/// as runs), quoted lines found by <see cref="QuoteClassifier"/>, everything after <c>-- </c> the signature.
/// What a text/plain part, an <c>auto_view</c> command's output and a <c>$display_filter</c>'s output all read as.
/// </summary>
internal static class PlainText
{
    public static void Append(List<TextLine> output, string text, QuoteClassifier quotes, bool allowAnsi)
    {
        bool inSignature = false;
        int start = 0;
        while (start <= text.Length)
        {
            int end = text.IndexOf('\n', start);
            if (end < 0)
                end = text.Length;
            int stop = end > start && text[end - 1] == '\r' ? end - 1 : end;
            List<ColorSpan>? styles = null;
            string line = allowAnsi ? AnsiText.Parse(text[start..stop], out styles) : LineWrapper.SafeText(text[start..stop]);
            inSignature |= line == "-- ";
            int depth = inSignature ? 0 : quotes.Depth(line);
            var kind = inSignature ? LineKind.Signature : depth > 0 ? LineKind.Quoted : LineKind.Body;
            output.Add(new TextLine(kind, line, depth) { Styles = styles is { Count: > 0 } ? styles : null });
            start = end + 1;
        }
    }

    /// <summary><paramref name="text"/> without the one line break that ends it.</summary>
    public static string TrimFinalBreak(string text) =>
        text.EndsWith('\n') ? text[..(text.Length > 1 && text[^2] == '\r' ? ^2 : ^1)] : text;
}
