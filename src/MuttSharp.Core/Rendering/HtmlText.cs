using System.Globalization;
using System.Text;
using MimeKit.Text;

namespace MuttSharp.Core.Rendering;

/// <summary>
/// The built-in HTML-to-text renderer: paragraphs, headings, line breaks, lists (bulleted and
/// numbered), block quotes, preformatted text, table rows, and links as numbered references listed
/// at the end. Scripts, styles and images are not run or fetched: an image shows its alt text.
/// Nesting deeper than <see cref="MaxIndent"/> levels is drawn at that depth.
/// </summary>
internal sealed class HtmlText
{
    /// <summary>The deepest list or quote indentation drawn; deeper levels line up with it.</summary>
    public const int MaxIndent = 10;

    private enum Role
    {
        Block,
        Break,
        Skip,
        List,
        OrderedList,
        Item,
        Quote,
        Pre,
        Row,
        Cell,
        Rule,
        Link,
        Image,
    }

    // What each element does to the text; elements not listed are inline and only contribute their text.
    private static readonly Dictionary<string, Role> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["p"] = Role.Block,
        ["div"] = Role.Block,
        ["h1"] = Role.Block,
        ["h2"] = Role.Block,
        ["h3"] = Role.Block,
        ["h4"] = Role.Block,
        ["h5"] = Role.Block,
        ["h6"] = Role.Block,
        ["table"] = Role.Block,
        ["section"] = Role.Block,
        ["article"] = Role.Block,
        ["header"] = Role.Block,
        ["footer"] = Role.Block,
        ["address"] = Role.Block,
        ["dl"] = Role.Block,
        ["dt"] = Role.Row,
        ["dd"] = Role.Row,
        ["center"] = Role.Block,
        ["form"] = Role.Block,
        ["br"] = Role.Break,
        ["script"] = Role.Skip,
        ["style"] = Role.Skip,
        ["title"] = Role.Skip,
        ["template"] = Role.Skip,
        ["head"] = Role.Skip,
        ["ul"] = Role.List,
        ["menu"] = Role.List,
        ["ol"] = Role.OrderedList,
        ["li"] = Role.Item,
        ["blockquote"] = Role.Quote,
        ["pre"] = Role.Pre,
        ["tr"] = Role.Row,
        ["td"] = Role.Cell,
        ["th"] = Role.Cell,
        ["hr"] = Role.Rule,
        ["a"] = Role.Link,
        ["img"] = Role.Image,
    };

    private readonly List<TextLine> lines = [];
    private readonly List<string> links = [];
    private readonly StringBuilder paragraph = new();
    private readonly Stack<int> lists = new(); // -1 for a bulleted list, else the next number
    private string? bullet;
    private int quoteDepth;
    private int pre;
    private int skip;
    private string? openHref;
    private bool pendingSpace;
    private bool cellStarted;

    private HtmlText()
    {
    }

    /// <summary>The lines <paramref name="html"/> reads as, with the link references after them.</summary>
    public static List<TextLine> Render(string html)
    {
        var renderer = new HtmlText();
        renderer.Run(html);
        return renderer.lines;
    }

    private void Run(string html)
    {
        var tokenizer = new HtmlTokenizer(new StringReader(html)) { DecodeCharacterReferences = true };
        while (tokenizer.ReadNextToken(out var token))
        {
            switch (token)
            {
                case HtmlTagToken tag:
                    Tag(tag);
                    break;
                case HtmlDataToken data when skip == 0 && token.Kind is HtmlTokenKind.Data or HtmlTokenKind.CData:
                    Text(data.Data);
                    break;
            }
        }
        EndParagraph();
        if (links.Count > 0)
        {
            Blank();
            lines.Add(new TextLine(LineKind.Body, "References:"));
            for (int i = 0; i < links.Count; i++)
                lines.Add(new TextLine(LineKind.Body, $"[{i + 1}] {links[i]}"));
        }
        while (lines.Count > 0 && lines[^1].Text.Length == 0 && !lines[^1].Flowed)
            lines.RemoveAt(lines.Count - 1);
    }

    private void Tag(HtmlTagToken tag)
    {
        if (!Roles.TryGetValue(tag.Name, out var role))
            return;
        bool end = tag.IsEndTag;
        if (role == Role.Skip)
        {
            if (!tag.IsEmptyElement)
                skip = Math.Max(0, skip + (end ? -1 : 1));
            return;
        }
        if (skip > 0)
            return;
        switch (role)
        {
            case Role.Block:
                EndParagraph();
                Blank();
                break;
            case Role.Break:
                if (!end)
                    EndParagraph(keepEmpty: true);
                break;
            case Role.List or Role.OrderedList:
                EndParagraph();
                if (end)
                {
                    if (lists.Count > 0)
                        lists.Pop();
                }
                else
                {
                    if (lists.Count == 0)
                        Blank();
                    lists.Push(role == Role.OrderedList ? 1 : -1);
                }
                break;
            case Role.Item when !end:
                EndParagraph();
                bullet = NextBullet();
                break;
            case Role.Quote:
                EndParagraph();
                Blank();
                quoteDepth = Math.Max(0, quoteDepth + (end ? -1 : 1));
                break;
            case Role.Pre:
                EndParagraph();
                pre = Math.Max(0, pre + (end ? -1 : 1));
                break;
            case Role.Row:
                EndParagraph();
                cellStarted = false;
                break;
            case Role.Cell when !end:
                if (cellStarted)
                    paragraph.Append("  ");
                cellStarted = true;
                pendingSpace = false;
                break;
            case Role.Rule:
                EndParagraph();
                lines.Add(new TextLine(LineKind.Body, new string('-', 40), quoteDepth));
                break;
            case Role.Link:
                Link(tag, end);
                break;
            case Role.Image when !end:
                string? alt = Attribute(tag, "alt");
                if (!string.IsNullOrWhiteSpace(alt))
                    Text("[" + alt.Trim() + "]");
                break;
        }
    }

    private void Link(HtmlTagToken tag, bool end)
    {
        if (!end)
        {
            openHref = Attribute(tag, "href")?.Trim();
            return;
        }
        if (string.IsNullOrEmpty(openHref) || openHref.StartsWith('#'))
        {
            openHref = null;
            return;
        }
        int number = links.IndexOf(openHref);
        if (number < 0)
        {
            links.Add(openHref);
            number = links.Count - 1;
        }
        paragraph.Append('[').Append((number + 1).ToString(CultureInfo.InvariantCulture)).Append(']');
        pendingSpace = false;
        openHref = null;
    }

    private static string? Attribute(HtmlTagToken tag, string name)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.OrdinalIgnoreCase))
                return attribute.Value;
        }
        return null;
    }

    private string NextBullet()
    {
        if (lists.Count == 0)
            return "* ";
        int next = lists.Pop();
        lists.Push(next < 0 ? next : next + 1);
        return next < 0 ? "* " : next.ToString(CultureInfo.InvariantCulture) + ". ";
    }

    private void Text(string data)
    {
        if (pre > 0)
        {
            var rows = data.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
            for (int i = 0; i < rows.Length; i++)
            {
                if (i > 0)
                    EndParagraph(keepEmpty: true, preformatted: true);
                paragraph.Append(rows[i]);
            }
            return;
        }
        foreach (char c in data)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = paragraph.Length > 0;
                continue;
            }
            if (pendingSpace)
                paragraph.Append(' ');
            pendingSpace = false;
            paragraph.Append(c);
        }
    }

    private void EndParagraph(bool keepEmpty = false, bool preformatted = false)
    {
        pendingSpace = false;
        if (paragraph.Length == 0 && !keepEmpty && bullet is null)
            return;
        int indent = Math.Min(lists.Count, MaxIndent);
        int depth = Math.Min(quoteDepth, MaxIndent);
        string quote = FlowedText.Prefix(depth, spaceQuotes: true);
        string margin = new(' ', Math.Max(0, indent - 1) * 2);
        string text = paragraph.ToString();
        paragraph.Clear();
        if (preformatted || pre > 0)
        {
            lines.Add(new TextLine(depth > 0 ? LineKind.Quoted : LineKind.Body, quote + text, depth));
            return;
        }
        string lead = bullet ?? "";
        lines.Add(new TextLine(depth > 0 ? LineKind.Quoted : LineKind.Body, lead + text, depth)
        {
            Flowed = true,
            Prefix = quote + margin,
            Hanging = quote + margin + new string(' ', lead.Length),
        });
        bullet = null;
    }

    // One empty line between blocks, never two, and none at the top.
    private void Blank()
    {
        if (lines.Count > 0 && lines[^1].Text.Length > 0)
            lines.Add(new TextLine(LineKind.Body, ""));
    }
}
