using System.Text.RegularExpressions;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// Mutt's quoted-line test: <c>$quote_regexp</c> matches at the start of the line and
/// <c>$smileys</c> does not match inside the quote prefix (so <c>:-)</c> is not a quote). The depth
/// is the number of quote characters in the prefix: <c>&gt; &gt;</c> and <c>&gt;&gt;</c> are both 2.
/// </summary>
internal sealed class QuoteClassifier
{
    // Lines longer than this are tested on their start only: a quote prefix is never this long.
    private const int TestedPrefix = 1024;

    private readonly Regex? quote;
    private readonly Regex? smileys;

    public QuoteClassifier(RenderSettings settings)
    {
        quote = settings.QuoteRegexp;
        smileys = settings.Smileys;
    }

    /// <summary>The quote depth of <paramref name="line"/>, 0 when it is not quoted.</summary>
    public int Depth(string line)
    {
        if (quote is null || line.Length == 0)
            return 0;
        string head = line.Length > TestedPrefix ? line[..TestedPrefix] : line;
        try
        {
            var m = quote.Match(head);
            if (!m.Success || m.Index != 0 || m.Length == 0)
                return 0;
            if (smileys is not null)
            {
                var s = smileys.Match(head);
                if (s.Success && s.Index < m.Length)
                    return 0;
            }
            int depth = 0;
            foreach (char c in head.AsSpan(0, m.Length))
            {
                if (c is not (' ' or '\t'))
                    depth++;
            }
            return depth;
        }
        catch (RegexMatchTimeoutException)
        {
            return 0;
        }
    }
}
