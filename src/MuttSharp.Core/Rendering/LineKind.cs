namespace MuttSharp.Core.Rendering;

/// <summary>What a line of a rendered message is, which decides the colour object the pager paints it with.</summary>
public enum LineKind
{
    /// <summary>A header line (<c>color header</c> rules, else <c>hdrdefault</c>).</summary>
    Header,

    /// <summary>Message text (<c>normal</c>, with <c>color body</c> rules).</summary>
    Body,

    /// <summary>Quoted text (<c>quoted</c>, <c>quoted1</c> ... by depth).</summary>
    Quoted,

    /// <summary>Text after the <c>-- </c> signature separator (<c>signature</c>).</summary>
    Signature,

    /// <summary>An attachment banner such as <c>[-- Attachment #2: report.pdf --]</c> (<c>attachment</c>).</summary>
    Attachment,
}
