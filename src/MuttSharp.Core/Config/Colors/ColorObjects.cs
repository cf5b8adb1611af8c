using System.Globalization;

namespace MuttSharp.Core.Config.Colors;

/// <summary>
/// Colour object names as a muttrc writes them, including <c>quotedN</c> and the
/// <c>compose</c> sub-objects (<c>color compose header ...</c>).
/// </summary>
public static class ColorObjects
{
    private static readonly (string Name, ColorObject Object)[] Fields =
    [
        ("hdrdefault", ColorObject.HeaderDefault),
        ("quoted", ColorObject.Quoted),
        ("signature", ColorObject.Signature),
        ("indicator", ColorObject.Indicator),
        ("status", ColorObject.Status),
        ("tree", ColorObject.Tree),
        ("error", ColorObject.Error),
        ("normal", ColorObject.Normal),
        ("tilde", ColorObject.Tilde),
        ("markers", ColorObject.Markers),
        ("header", ColorObject.Header),
        ("body", ColorObject.Body),
        ("message", ColorObject.Message),
        ("attachment", ColorObject.Attachment),
        ("search", ColorObject.Search),
        ("bold", ColorObject.Bold),
        ("underline", ColorObject.Underline),
        ("index", ColorObject.Index),
        ("prompt", ColorObject.Prompt),
        ("sidebar_divider", ColorObject.SidebarDivider),
        ("sidebar_flagged", ColorObject.SidebarFlagged),
        ("sidebar_highlight", ColorObject.SidebarHighlight),
        ("sidebar_indicator", ColorObject.SidebarIndicator),
        ("sidebar_new", ColorObject.SidebarNew),
        ("sidebar_spoolfile", ColorObject.SidebarSpoolfile),
    ];

    private static readonly (string Name, ColorObject Object)[] ComposeFields =
    [
        ("header", ColorObject.ComposeHeader),
        ("security_encrypt", ColorObject.ComposeSecurityEncrypt),
        ("security_sign", ColorObject.ComposeSecuritySign),
        ("security_both", ColorObject.ComposeSecurityBoth),
        ("security_none", ColorObject.ComposeSecurityNone),
    ];

    /// <summary>Every object name of the top level, in Mutt's table order.</summary>
    public static IEnumerable<string> Names => Fields.Select(f => f.Name);

    /// <summary>The <c>compose</c> sub-object names.</summary>
    public static IEnumerable<string> ComposeNames => ComposeFields.Select(f => f.Name);

    /// <summary>True for the objects whose lines carry a pattern (<c>index</c>) or a regex (<c>header</c>, <c>body</c>).</summary>
    public static bool TakesPattern(ColorObject o) => o is ColorObject.Index or ColorObject.Header or ColorObject.Body;

    /// <summary>
    /// Reads a top-level object name; <c>quotedN</c> gives <see cref="ColorObject.Quoted"/> with
    /// level N (<c>quoted</c> is level 0). Unknown names fail with Mutt's <c>"NAME: no such object"</c>.
    /// </summary>
    public static bool TryParse(string name, out ColorObject result, out int quoteLevel, out string? error)
    {
        quoteLevel = 0;
        error = null;
        if (name.StartsWith("quoted", StringComparison.Ordinal) && name.Length > 6)
        {
            result = ColorObject.Quoted;
            if (int.TryParse(name.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out quoteLevel))
                return true;
            error = $"{name}: no such object";
            return false;
        }
        foreach (var (n, o) in Fields)
        {
            if (n == name)
            {
                result = o;
                return true;
            }
        }
        result = default;
        error = $"{name}: no such object";
        return false;
    }

    /// <summary>Reads a <c>compose</c> sub-object name (<c>header</c>, <c>security_sign</c>, ...).</summary>
    public static bool TryParseCompose(string name, out ColorObject result, out string? error)
    {
        foreach (var (n, o) in ComposeFields)
        {
            if (n == name)
            {
                result = o;
                error = null;
                return true;
            }
        }
        result = default;
        error = $"{name}: no such object";
        return false;
    }

    /// <summary>The muttrc name of an object (<c>compose header</c> for the compose ones).</summary>
    public static string NameOf(ColorObject o)
    {
        foreach (var (n, f) in Fields)
            if (f == o)
                return n;
        return "compose " + ComposeFields.First(f => f.Object == o).Name;
    }
}
